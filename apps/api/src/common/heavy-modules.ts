// Libraries that cost every start dearly and that most processes need only now and then, loaded
// on first use instead of at start-up: exceljs for spreadsheets, pdfkit and fontkit for PDFs.
// Requiring them took 965, 525 and 327 ms and some 25, 20 and 15 MB (`node -e "require(…)"`, on
// a loaded 2-core machine); the AWS SDK is loaded the same way where S3 is configured
// (files.module.ts). Node caches a module, so each is read once per process.
/* eslint-disable @typescript-eslint/no-require-imports */
export const excelJs = () => require('exceljs') as typeof import('exceljs');
export const pdfKit = () => require('pdfkit') as typeof import('pdfkit');
export const fontKit = () => require('fontkit') as typeof import('fontkit');

// Stored files: the row (name, size, hash) is its owner's until something links it;
// once linked, whoever may read what links it (file-access.ts asks that module's
// policy per file, since the answer depends on the linking object's own rule).
// As rows, linked files are therefore read through FilesService after the policy
// said yes; this rule is the unlinked case and the policy's starting point.
import { memberOf, type VisibilityRule } from '../visibility-rule';

export const storedFile: VisibilityRule = {
  table: 'stored_file',
  visible: (f) => `(${f}.link_kind IS NOT NULL OR ${memberOf(f, 'owner_organisation_id')})`,
};

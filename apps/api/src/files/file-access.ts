// Who may read a file is decided by what it is part of: an attestation's visibility
// and grants, later an agreement's parties. Each module that links files registers
// a policy for its kind of link here; the files module asks it on every read and
// knows nothing of attestations or agreements itself.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isMemberOf, type Viewer } from '../auth/viewer';
import type { StoredFileEntity } from './stored-file.entity';

export interface FileLink {
  /** The kind of thing the file is part of, e.g. `attestation`. */
  readonly kind: string;
  readonly id: string;
}

export interface FileReadPermit {
  /**
   * Runs in a transaction of its own before any byte is sent, e.g. to write the
   * read's audit event. When it fails, nothing is sent.
   */
  readonly beforeRead?: (em: EntityManager) => Promise<void>;
}

export interface FileAccessPolicy {
  /** How `viewer` may read the bytes of the file linked by `link`; null: not at all. */
  mayRead(viewer: Viewer, link: FileLink): Promise<FileReadPermit | null>;
}

@Injectable()
export class FileAccessRegistry {
  private readonly policies = new Map<string, FileAccessPolicy>();

  /** Called once by the module that links files of `kind`, when it starts. */
  register(kind: string, policy: FileAccessPolicy): void {
    if (this.policies.has(kind)) throw new Error(`a file access policy for ${kind} exists`);
    this.policies.set(kind, policy);
  }

  /**
   * Whether `viewer` may read `file`. Until something links it, the file is its
   * organisation's alone; once linked, the linking module decides, and a kind that
   * no module claims is read by no one.
   */
  mayRead(viewer: Viewer, file: StoredFileEntity): Promise<FileReadPermit | null> {
    if (!file.linkKind || !file.linkId) {
      return Promise.resolve(isMemberOf(viewer, file.ownerOrganisationId) ? {} : null);
    }
    const policy = this.policies.get(file.linkKind);
    return policy
      ? policy.mayRead(viewer, { kind: file.linkKind, id: file.linkId })
      : Promise.resolve(null);
  }
}

import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An uploaded document: its size, type (read from its bytes) and hash.' })
export class FileInfo {
  @Field(() => ID)
  id!: string;

  @Field({ description: "The uploader's name for the file; the bytes are stored under the id." })
  filename!: string;

  @Field({ description: 'Read from the bytes: application/pdf.' })
  mediaType!: string;

  @Field(() => Int, { description: 'Bytes.' })
  size!: number;

  @Field({ description: 'SHA-256 of the bytes, hex.' })
  sha256!: string;

  @Field({
    description:
      'Relative URL that serves the bytes to callers who may read them. For a signed-in ' +
      'person it carries a signature valid for a few minutes, so that a browser can fetch it ' +
      'without a token; whether the person may still read it is checked on every fetch.',
  })
  url!: string;
}

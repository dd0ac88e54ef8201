/**
 * The ingestDocument mutation: the same ingestion as `probation-graph ingest` (src/sources/ingest), behind
 * the write role. Input problems become BAD_USER_INPUT, a text with no inspection NOTHING_FOUND.
 */
import { GraphQLError } from 'graphql';
import type { Resolvers } from '../../generated/graphql.ts';
import type { ConflictRecord } from '../../model/records.ts';
import { ingestDocument, IngestError } from '../../sources/ingest/load.ts';
import { loadKnowledge } from '../../sources/seed/vocabulary.ts';
import { requireRole } from '../guard.ts';
import { ErrorCode } from '../../model/error-codes.ts';
import { pageQuery } from '../page-query.ts';
import { ROOT_STATEMENTS as ROOT } from '../translate/root-fields.ts';

export const ingestResolvers: Resolvers = {
  Mutation: {
    ingestDocument: async (_p, { input, dryRun }, ctx) => {
      requireRole(ctx.principal, 'write', 'ingestDocument');
      try {
        return await ingestDocument(
          ctx.db,
          { text: input.text, url: input.url ?? undefined, title: input.title ?? undefined, kind: input.kind ?? undefined, publishedOn: input.publishedOn ?? undefined },
          await loadKnowledge(),
          { dryRun: dryRun ?? false },
        );
      } catch (e) {
        if (e instanceof IngestError) {
          const code = e.code === ErrorCode.NOTHING_FOUND ? ErrorCode.NOTHING_FOUND : ErrorCode.BAD_USER_INPUT;
          throw new GraphQLError(e.message, { extensions: { code, ...(code === ErrorCode.BAD_USER_INPUT ? { argument: 'input' } : {}) } });
        }
        throw e;
      }
    },
  },
  IngestResult: {
    status: (r) => (r.status === 'created' ? 'CREATED' : 'UNCHANGED'),
    documentId: (r) => r.document.id,
    title: (r) => r.document.title,
    kind: (r) => r.document.kind,
    publishedOn: (r) => r.document.publishedOn,
    sha256: (r) => r.document.sha256,
    createdPdus: (r) => r.created.pdus,
    createdInspections: (r) => r.created.inspections,
    createdPeople: (r) => r.created.people,
    createdRecommendations: (r) => r.created.recommendations,
    createdFindings: (r) => r.created.findings,
    createdQuotes: (r) => r.created.quotes,
    updatedInspections: (r) => r.updated.inspections,
    filled: (r) => r.filled.map((f) => ({ ...f, value: String(f.value) })),
  },
  Query: {
    conflicts: (_p, args, ctx, info) => pageQuery<ConflictRecord>(ctx, ROOT.conflicts(args, info, ctx.projection)),
  },
};

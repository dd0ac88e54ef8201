/**
 * Trusted documents: a public deployment can run only the operations its front-ends send
 * (TRUSTED_DOCUMENTS=only). The set is the service's own front-ends' documents plus any manifests
 * of other front-ends (operations.ts); a request whose query text is not one of them, white space
 * and comments aside, is refused with OPERATION_NOT_TRUSTED (HTTP 400) before anything runs.
 * Off by default: analysts write their own queries.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode, httpStatus } from '../../model/error-codes.ts';
import type { ApiContext } from '../../graphql/context.ts';
import { canonicalDocument } from '../operations.ts';

export function trustedDocumentsPlugin(trusted: ReadonlySet<string>): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ source }) {
          if (trusted.has(canonicalDocument(source))) return;
          throw new GraphQLError(
            'This service runs trusted documents only (TRUSTED_DOCUMENTS=only): the query is not one of the documents its front-ends send.',
            { extensions: { code: ErrorCode.OPERATION_NOT_TRUSTED, http: { status: httpStatus(ErrorCode.OPERATION_NOT_TRUSTED) } } },
          );
        },
      };
    },
  };
}

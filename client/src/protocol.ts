/**
 * The server's custom methods as typed vscode-languageclient messages. Names and JSON types
 * come from the shared protocol module (methods only: the settings schema pulls in zod).
 */
import { NotificationType, RequestType } from 'vscode-languageclient';
import {
  AigovMethods,
  type FolderParams,
  type FrameworkCoverageResult,
  type ListComponentsResult,
  type ListIncidentsParams,
  type ListIncidentsResult,
  type ModelChangedParams,
} from '../../server/src/protocol/methods.js';

export * from '../../server/src/protocol/methods.js';

export const ListComponentsRequest = new RequestType<FolderParams, ListComponentsResult, void>(AigovMethods.listComponents);
export const ListIncidentsRequest = new RequestType<ListIncidentsParams, ListIncidentsResult, void>(AigovMethods.listIncidents);
export const FrameworkCoverageRequest = new RequestType<FolderParams, FrameworkCoverageResult, void>(AigovMethods.frameworkCoverage);
export const ModelChangedNotification = new NotificationType<ModelChangedParams>(AigovMethods.modelChanged);


/** Finding codes the status bar counts as uncovered AI use. */
export const UNCOVERED_CODES: readonly string[] = ['AIGOV301', 'AIGOV302', 'AIGOV304'];

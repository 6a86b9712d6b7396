/**
 * Where the local runtime keeps things on disk, all under the project's gitignored `.local/`:
 * the DynamoDB Local install, its data folder, and the alerts JSONL file.
 */
import { fileURLToPath } from 'node:url';

/** The repository root (this file is shared/local/paths.ts). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const LOCAL_DIR = `${PROJECT_ROOT}.local`;
export const DYNAMODB_LOCAL_DIR = `${LOCAL_DIR}/dynamodb-local`;
export const DYNAMODB_DATA_DIR = `${LOCAL_DIR}/data`;
export const ALERTS_JSONL = `${LOCAL_DIR}/alerts.jsonl`;
export const INSTALL_SCRIPT = `${PROJECT_ROOT}scripts/install-dynamodb-local.sh`;

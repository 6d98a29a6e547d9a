// A small consumer of the TypeScript types generated from openapi.yaml
// (`make types-ts`): if the types stop describing the contract the way a
// TypeScript client would use it, `tsc --strict` fails here.
import type { components, operations, paths } from "../build/types-ts/media-intelligence";

type Schemas = components["schemas"];

// Requests: a body a TypeScript client would send, checked against the schema.
const search: Schemas["SearchAssetsRequest"] = {
  query: { textQuery: "dark alley", imageQuery: null },
  filter: { projectIds: [1234] },
  queryOption: { confidenceLevel: "HIGH" },
};

const person: Schemas["CreatePersonRequest"] = {
  name: "Hong Gildong",
  thumbnails: [{ thumbnailKey: "persons/thumbnails/hong.jpg", isPrimaryThumbnail: true }],
};

// Responses: reading the envelope and an operation's result.
type ListWorkspacesOk =
  operations["listWorkspaces"]["responses"][200]["content"]["application/json"];

function workspaceNames(body: ListWorkspacesOk): string[] {
  const code: string = body.code;
  if (code !== "0") return [];
  return (body.result?.content ?? []).map((w) => w.workspaceName);
}

// Paths: the path parameters of an operation, as the generated `paths` spells them.
type GetProjectParams = paths["/api/v1/workspaces/{workspace_name}/projects/{project_id}"]["get"]["parameters"];
const params: GetProjectParams["path"] = { workspace_name: "my-workspace", project_id: "1234" };

// Status enums stay closed unions: an unknown state does not type-check.
const terminal: Schemas["AnalysisStatus"][] = ["ANALYZE_COMPLETED", "ANALYZE_FAIL", "ANALYZE_CANCEL"];
// @ts-expect-error: not a documented analysis status
const wrong: Schemas["AnalysisStatus"] = "DONE";

// Errors: the API envelope and the gateway's body are both typed.
function errorCode(body: Schemas["ErrorResponse"] | Schemas["GatewayErrorResponse"]): string {
  return "code" in body ? body.code : String(body.error.errorCode);
}

export { errorCode, params, person, search, terminal, workspaceNames, wrong };

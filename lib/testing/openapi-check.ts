// Test support: checks an API answer against the OpenAPI document, the way a client generated from
// the document would read it. The operation is found by method and path (an unknown one is a
// problem), its status must be documented, and a JSON body must match that status's schema, by
// ajv (JSON Schema 2020-12, as OpenAPI 3.1 uses). Used by the document's tests and the e2e specs.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { OpenAPIV3_1 } from "openapi-types";

const DOCUMENT_ID = "openapi.json";
// The document is added whole so its `#/components/...` references resolve; these keys of it are
// not JSON Schema keywords, and a strict validator must be told they are not typos.
const DOCUMENT_KEYS = ["openapi", "info", "jsonSchemaDialect", "servers", "paths", "webhooks", "components", "security", "tags", "externalDocs"];

export interface Answer {
  method: string;
  /** The URL path, without the query string. */
  path: string;
  status: number;
  contentType: string | null;
  /** The body's text, or null when it was not read (not JSON). */
  body: string | null;
}

type PathItem = OpenAPIV3_1.PathItemObject;

const pointer = (...segments: string[]) =>
  segments.map((segment) => encodeURIComponent(segment.replace(/~/g, "~0").replace(/\//g, "~1"))).join("/");

const templatePattern = (template: string) =>
  new RegExp(`^${template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, "\\$&")).join("[^/]+")}$`);

export class OpenApiCheck {
  private readonly ajv = new Ajv2020({ strict: true, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly templates: [RegExp, string][];

  constructor(private readonly document: OpenAPIV3_1.Document) {
    addFormats(this.ajv);
    for (const keyword of DOCUMENT_KEYS) this.ajv.addKeyword(keyword);
    this.ajv.addSchema(document, DOCUMENT_ID);
    // A literal path wins over a template that also matches it.
    this.templates = Object.keys(document.paths ?? {})
      .sort((a, b) => a.split("{").length - b.split("{").length)
      .map((template) => [templatePattern(template), template]);
  }

  /** The document's path template for a URL path, or null. */
  pathTemplate(path: string): string | null {
    return this.templates.find(([pattern]) => pattern.test(path))?.[1] ?? null;
  }

  /** What is wrong with an answer as the document describes it: nothing, or one line per problem. */
  problems(answer: Answer): string[] {
    const where = `${answer.method} ${answer.path} → ${answer.status}`;
    const template = this.pathTemplate(answer.path);
    const method = answer.method.toLowerCase() as keyof PathItem;
    const operation = template ? (this.document.paths![template]![method] as OpenAPIV3_1.OperationObject | undefined) : undefined;
    if (!template || !operation) return [`${where}: no such operation in the document`];
    const response = operation.responses?.[answer.status] as OpenAPIV3_1.ResponseObject | undefined;
    if (!response) return [`${where}: status not documented for ${answer.method} ${template}`];

    const mediaType = answer.contentType?.split(";")[0]!.trim().toLowerCase() ?? null;
    const documented = Object.keys(response.content ?? {});
    if (mediaType === null || answer.body === "") {
      return documented.length === 0 ? [] : [`${where}: no body, but the document gives one (${documented.join(", ")})`];
    }
    const match = documented.find((type) => type === mediaType || (type.endsWith("/*") && mediaType.startsWith(type.slice(0, -1))));
    if (!match) return [`${where}: ${mediaType} is not a documented body (${documented.join(", ") || "none"})`];
    if (mediaType !== "application/json" || answer.body === null) return [];

    const validate = this.validator(pointer("paths", template, method, "responses", String(answer.status), "content", match, "schema"));
    if (validate(JSON.parse(answer.body))) return [];
    return (validate.errors ?? []).map((error) => `${where}: ${error.instancePath || "body"} ${error.message} (${error.schemaPath})`);
  }

  /** Compiles every named schema of the document, strictly: the names of those that do not compile, and why. */
  schemaProblems(): string[] {
    return Object.keys(this.document.components?.schemas ?? {}).flatMap((name) => {
      try {
        this.validator(pointer("components", "schemas", name));
        return [];
      } catch (error) {
        return [`${name}: ${(error as Error).message}`];
      }
    });
  }

  private validator(schemaPointer: string): ValidateFunction {
    let validate = this.validators.get(schemaPointer);
    if (!validate) this.validators.set(schemaPointer, (validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}#/${schemaPointer}` })));
    return validate;
  }
}

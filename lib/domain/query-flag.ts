// A yes/no option as a query string or a form sends it ("1", "true", "on", or present and empty),
// or as a JSON boolean: the import options of the tally CSV and of feed snapshots.
import { z } from "zod";

export const queryFlag = z
  .union([z.boolean(), z.enum(["", "1", "0", "true", "false", "on", "off", "yes", "no"])])
  .transform((value) => (typeof value === "boolean" ? value : ["", "1", "true", "on", "yes"].includes(value)));

// The problems of a refused file, by line, so the desk can fix the file and check it again.
import type { ImportProblem } from "@/lib/domain/csv-tallies";

/** A browser table of tens of thousands of rows helps nobody; the API answer lists them all. */
const SHOWN = 500;

export function ImportProblems({ problems, total }: { problems: ImportProblem[]; total: number }) {
  const shown = problems.slice(0, SHOWN);
  return (
    <table>
      <caption>
        {total === 1 ? "1 problem" : `${total.toLocaleString("en-US")} problems`}; nothing was written.
        {total > shown.length && ` The first ${shown.length} are shown.`}
      </caption>
      <thead>
        <tr>
          <th scope="col" className="num">
            Line
          </th>
          <th scope="col">Column</th>
          <th scope="col">Problem</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((problem, index) => (
          <tr key={`${problem.line}-${problem.column ?? ""}-${index}`}>
            <td className="num">{problem.line}</td>
            <td>{problem.column ?? "(whole row)"}</td>
            <td>{problem.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

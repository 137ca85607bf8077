import { NotFoundHelp } from "@/components/not-found-help";

// A missing race, candidate, election or story: rendered inside the reader layout, which already
// draws the masthead, banner and footer. (app/not-found.tsx, for addresses that match no page at
// all, has no layout around it and brings its own frame.)
export default function PublicNotFound() {
  return <NotFoundHelp />;
}

"use client";
// The search box in every reader page's masthead (loaded by search-box.tsx). Without JavaScript it
// is a plain GET form whose action is the search page. With it, suggestions appear as the reader
// types: an ARIA combobox (the input) with a listbox of what GET /api/v1/search finds, moved through
// with the arrow keys, opened with Enter, closed with Escape. Enter with no suggestion chosen
// submits the form.
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { SearchResults } from "@/lib/server/queries/search";
import { MAX_QUERY_LENGTH } from "@/lib/domain/search";
import { TEST_DATA_BADGE } from "@/lib/domain/test-data";
import { FOUND_KINDS, foundDetail, KIND_WORDS, SEARCH_LABEL, SEARCH_PLACEHOLDER, searchPageUrl } from "./search-found";

/** Typing faster than this asks once, for what was typed last. */
const DEBOUNCE_MS = 200;
/** One letter finds half the site: suggestions start at two. */
const MIN_LETTERS = 2;

interface Suggestion {
  key: string;
  kind: string;
  name: string;
  detail: string;
  testData: boolean;
  url: string;
}

function suggestionsOf(results: SearchResults, query: string): Suggestion[] {
  const found: Suggestion[] = FOUND_KINDS.flatMap((kind) =>
    results[kind].map((item) => ({ key: `${kind}:${item.slug}`, kind: KIND_WORDS[kind].one, name: item.name, detail: foundDetail(kind, item), testData: item.testData, url: item.url })),
  );
  if (found.length === 0) return [];
  return [...found, { key: "all", kind: "", name: `See all results for “${query}”`, detail: "", testData: false, url: searchPageUrl(query) }];
}

export function SearchCombobox() {
  const router = useRouter();
  const id = useId();
  const listId = `${id}-suggestions`;
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<Suggestion[]>([]);
  // What was found for earlier letters stays shown while the next answer comes, unless the box has
  // been emptied since.
  const suggestions = query.trim().length < MIN_LETTERS ? [] : found;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const input = useRef<HTMLInputElement>(null);

  // The box was on the page before its script: what a quick reader typed by then is searched too.
  useEffect(() => {
    const typed = input.current?.value ?? "";
    if (typed) setQuery(typed);
  }, []);

  useEffect(() => {
    const wanted = query.trim();
    if (wanted.length < MIN_LETTERS) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/v1/search?q=${encodeURIComponent(wanted)}`, { signal: controller.signal });
        if (!response.ok) return;
        const results = (await response.json()) as SearchResults;
        setFound(suggestionsOf(results, wanted));
        setActive(-1);
        setOpen(true);
      } catch {
        // Aborted by the next keystroke (so an older answer never replaces a newer one), or offline:
        // the form still reaches the search page.
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const expanded = open && suggestions.length > 0;
  const go = (suggestion: Suggestion) => {
    setOpen(false);
    router.push(suggestion.url);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (suggestions.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      const count = suggestions.length;
      // From the box, Down goes to the first suggestion and Up to the last; past either end it wraps.
      setActive((current) => (!expanded || current < 0 ? (step === 1 ? 0 : count - 1) : (current + step + count) % count));
    } else if (event.key === "Enter" && expanded && active >= 0 && active < suggestions.length) {
      event.preventDefault();
      go(suggestions[active]!);
    } else if (event.key === "Escape" && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <form role="search" aria-label="Site search" action="/search" method="get" className="search-box" onSubmit={() => setOpen(false)}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {SEARCH_LABEL}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="search"
        name="q"
        placeholder={SEARCH_PLACEHOLDER}
        autoComplete="off"
        maxLength={MAX_QUERY_LENGTH}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <button type="submit">Search</button>
      <ul id={listId} role="listbox" aria-label="Suggestions" className="search-suggestions" hidden={!expanded}>
        {suggestions.map((suggestion, index) => (
          <li
            key={suggestion.key}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={suggestion.key === "all" ? "search-suggestion search-suggestion-all" : "search-suggestion"}
            // Keeps the focus in the box, so the list stays open until the click has chosen.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => go(suggestion)}
          >
            {suggestion.kind && <span className="search-suggestion-kind">{suggestion.kind}</span>}
            <span className="search-suggestion-name">
              {suggestion.name}
              {/* Not status-badge.tsx's TestDataBadge: importing it brings the race status words into
                  every reader page's first load. */}
              {suggestion.testData && <span className="badge badge-test">{TEST_DATA_BADGE}</span>}
            </span>
            {suggestion.detail && <span className="search-suggestion-detail">{suggestion.detail}</span>}
          </li>
        ))}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {expanded ? `${suggestions.length - 1} suggestions; use the arrow keys to choose.` : ""}
      </p>
    </form>
  );
}

"use client";
// The list of the race desk's keyboard shortcuts, opened with `?` or the "Keyboard shortcuts"
// button. A modal <dialog>: the browser keeps focus inside it and closes it on Escape; on closing,
// focus goes back to where it was, so the desk carries on typing where it stopped.
import { useEffect, useRef } from "react";

export const SHORTCUTS: { keys: string[][]; does: string }[] = [
  { keys: [["Ctrl", "Enter"], ["⌘", "Enter"]], does: "Save this unit and go to the next unit's first field" },
  { keys: [["Enter"]], does: "In a unit's last field: save and go to the next unit. In any other field: save and stay" },
  { keys: [["g"], ["/"]], does: "Go to a unit: type part of its name, then Enter" },
  { keys: [["?"]], does: "Show this list" },
  { keys: [["Esc"]], does: "Close this list" },
];

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
    } else if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      onClose={() => {
        onClose();
        returnTo.current?.focus();
      }}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <p className="small muted">
        <kbd>g</kbd>, <kbd>/</kbd> and <kbd>?</kbd> work when the cursor is not in a field, so they never get in the way of typing numbers.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(({ keys, does }) => (
            <tr key={does}>
              <td>
                {keys.map((combo, i) => (
                  <span key={combo.join("+")}>
                    {i > 0 && " or "}
                    <span className="key-combo">
                      {combo.map((key, j) => (
                        <span key={key}>
                          {j > 0 && "+"}
                          <kbd>{key}</kbd>
                        </span>
                      ))}
                    </span>
                  </span>
                ))}
              </td>
              <td>{does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}

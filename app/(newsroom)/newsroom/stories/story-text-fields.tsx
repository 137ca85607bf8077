// Headline and body, shared by the new-story and edit forms.
import { FormField } from "../forms/form-field";

interface StoryTextFieldsProps {
  headline?: string | undefined;
  body?: string | undefined;
  errors: Record<string, string>;
}

export function StoryTextFields({ headline, body, errors }: StoryTextFieldsProps) {
  return (
    <>
      <FormField label="Headline" name="headline" idPrefix="story" required maxLength={200} defaultValue={headline} error={errors.headline} />
      <label htmlFor="story-body">
        Body
        <span className="muted small"> paragraphs separated by a blank line</span>
        <textarea
          id="story-body"
          name="body"
          rows={12}
          required
          defaultValue={body}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby="story-body-error"
        />
        <span id="story-body-error" className="field-error" aria-live="polite">
          {errors.body}
        </span>
      </label>
    </>
  );
}

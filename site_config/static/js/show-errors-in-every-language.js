// wagtail-modeltranslation hides each language's fields behind a toggle ("EN" / "JA").
// An error on a hidden field would be invisible, and Wagtail's "Go to the first error"
// would scroll to nothing: show every language that holds an error.
window.addEventListener("load", () => {
  const hiddenWithErrors = document.querySelectorAll(
    ".l10n-hidden:has(.w-field--error), .l10n-hidden:has(.error-message), .l10n-hidden:has([aria-invalid='true'])",
  );
  const languages = new Set();
  hiddenWithErrors.forEach((element) => {
    const found = / \[([a-z-]+)\]/.exec(element.textContent);
    if (found) languages.add(found[1]);
  });
  document.querySelectorAll("button.locale-toggle").forEach((toggle) => {
    if (languages.has(toggle.textContent.trim()) && !toggle.classList.contains("showing-locale")) {
      toggle.click();
    }
  });
});

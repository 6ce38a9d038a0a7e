// wagtail-modeltranslation hides each language's fields behind a toggle ("EN" / "JA").
// An error on a hidden field would be invisible, Wagtail's "Go to the first error" would
// scroll to nothing and the tab badges would miss it. So, once the form is drawn:
// 1. show every language that holds an error;
// 2. list every error in the message at the top, each named with its field and language
//    ("Title (Japanese): This field is required…"), each a link that scrolls to the field;
// 3. recount the tab badges and the "Go to the first error" button.
(() => {
  const ERROR = ":not([hidden]):is(.error-message,.help-critical)";
  const languageNames = () => {
    const data = document.getElementById("language-names");
    return data ? JSON.parse(data.textContent) : {};
  };

  const showLanguagesWithErrors = () => {
    const languages = new Set();
    document.querySelectorAll(".l10n-hidden").forEach((element) => {
      if (!element.querySelector(`${ERROR}, [aria-invalid='true']`)) return;
      const found = / \[([a-z-]+)\]/.exec(element.textContent);
      if (found) languages.add(found[1]);
    });
    document.querySelectorAll("button.locale-toggle").forEach((toggle) => {
      if (languages.has(toggle.textContent.trim()) && !toggle.classList.contains("showing-locale")) {
        toggle.click();
      }
    });
  };

  // A group of boxes is named by the heading Wagtail draws before it; the <label> of its
  // first box names a choice ("English"), not the field.
  const groupHeading = (field) => {
    if (!field?.matches(".w-field--checkbox_select_multiple, .w-field--radio_select")) return null;
    const heading = field.closest("[data-field-wrapper]")?.previousElementSibling;
    return heading?.matches(".w-field__label") ? heading : null;
  };

  const fieldLabel = (error, names) => {
    // The field's own label, else the heading of the panel that holds it.
    const field = error.closest("[data-field]");
    const input = field && field.querySelector("input[id], textarea[id], select[id]");
    const label =
      groupHeading(field) ||
      (input && document.querySelector(`label[for="${input.id}"]`)) ||
      error.closest(".w-panel")?.querySelector("[data-panel-heading-text]");
    const text = label ? label.textContent.replace(/\*/g, "").trim().replace(/\s+/g, " ") : "";
    // modeltranslation labels a field "Title [ja]": say the language's name instead.
    return text.replace(/ \[([a-z-]+)\]$/, (_match, code) => ` (${names[code] || code})`);
  };

  const listErrorsInTheSummary = () => {
    const summary = document.querySelector(".messages li.error");
    const errors = [...document.querySelectorAll(`form ${ERROR}`)];
    if (!summary || errors.length === 0 || summary.querySelector("[data-error-list]")) return;
    const names = languageNames();
    const list = document.createElement("ul");
    list.dataset.errorList = "";
    errors.forEach((error, position) => {
      if (!error.id) error.id = `form-error-${position + 1}`;
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = `#${error.id}`;
      // Wagtail's link colour is unreadable on the red error message: use the message's own.
      link.style.color = "inherit";
      link.style.textDecoration = "underline";
      const label = fieldLabel(error, names);
      link.textContent = label ? `${label}: ${error.textContent.trim()}` : error.textContent.trim();
      link.addEventListener("click", (event) => {
        event.preventDefault();
        // A collapsed panel or an unselected tab would hide it: open what holds it.
        const panel = error.closest("[role=tabpanel]");
        if (panel) document.querySelector(`[aria-controls="${panel.id}"]`)?.click();
        error.scrollIntoView({ block: "center" });
        error.closest(".w-field, .w-panel")?.querySelector("input, textarea, select, [contenteditable]")?.focus();
      });
      item.append(link);
      list.append(item);
    });
    summary.append(list);
  };

  const recount = () => {
    const stimulus = window.Stimulus;
    if (!stimulus) return;
    document.querySelectorAll("[data-controller~='w-count']").forEach((element) => {
      stimulus.getControllerForElementAndIdentifier(element, "w-count")?.count();
    });
  };

  window.addEventListener("load", () => {
    showLanguagesWithErrors();
    // Block errors are drawn by the StreamField's own script: after it, not before.
    window.setTimeout(() => {
      showLanguagesWithErrors();
      listErrorsInTheSummary();
      recount();
    }, 0);
  });
})();

// Wagtail's autosave sends the form in the background half a second after typing stops.
// A click on Publish or Save draft raced it: a background save landing after the
// submission (sent just before it, or due just after it) was unknown to the page that
// came back (a refused Publish, any error), which then took it for a version saved "in
// another window". So a submission waits for a background save in flight, and once it
// is on its way, this page starts no background save of its own.
// Submits again as the button clicked (Publish, Save draft…): its name is the action.
const resubmit = (form, submitter) => {
  if (submitter && submitter.name) {
    const action = document.createElement("input");
    Object.assign(action, { type: "hidden", name: submitter.name, value: submitter.value });
    form.append(action);
  }
  form.requestSubmit();
};

const watchBackgroundSaves = () => {
  const form = document.querySelector("form[data-controller~='w-autosave']");
  if (!form) return;
  const GIVE_UP_AFTER_MS = 5000;
  let lastSave = null;
  let submitted = false;
  const inFlight = new Set();

  // The background saves are the form's JSON posts to its own address.
  const fetch = window.fetch;
  window.fetch = function (input, init) {
    const request = fetch.apply(this, arguments);
    const accept = new Headers((init && init.headers) || {}).get("Accept") || "";
    if (String(input) === form.action && accept.includes("application/json")) {
      inFlight.add(request);
      request.catch(() => {}).finally(() => inFlight.delete(request));
    }
    return request;
  };

  form.addEventListener("w-autosave:save", (event) => {
    // Cancelled, a save sends nothing when its turn comes.
    if (submitted) event.preventDefault();
    else lastSave = event;
  });

  form.addEventListener(
    "submit",
    (event) => {
      if (lastSave) lastSave.preventDefault(); // due after the submission: never sent
      if (!inFlight.size) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const submitter = event.submitter;
      const timeout = new Promise((resolve) => setTimeout(resolve, GIVE_UP_AFTER_MS));
      const saved = Promise.allSettled([...inFlight]);
      // A frame after the save, Wagtail has recorded the revision it made.
      Promise.race([saved, timeout]).then(() => requestAnimationFrame(() => resubmit(form, submitter)));
    },
    { capture: true },
  );
  // Last of all, once nothing stopped it: the submission is on its way.
  window.addEventListener("submit", (event) => {
    if (event.target === form && !event.defaultPrevented) submitted = true;
  });
};

// The editor's scripts come before the form they work on.
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watchBackgroundSaves);
else watchBackgroundSaves();

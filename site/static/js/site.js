// Progressive enhancement only: every page works without this file. Later features hang their
// behaviour on the "js" class so that styles for scripted widgets never hide content from
// visitors whose browser runs no JavaScript.
document.documentElement.classList.add("js");

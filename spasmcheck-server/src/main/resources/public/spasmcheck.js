// Optional enhancements; every page works without this file.
document.addEventListener("DOMContentLoaded", function () {
  // Print button on the result page (hidden when scripts are off; the page then says to use the browser's menu).
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
  document.querySelectorAll(".print-hint").forEach(function (hint) { hint.hidden = true; });
  // Multi-choice questions: ticking "Don't know" clears the other boxes, and ticking an answer clears "Don't know".
  document.querySelectorAll("form.question input[type=checkbox][name=answer]").forEach(function (box) {
    box.addEventListener("change", function () {
      if (!box.checked) { return; }
      document.querySelectorAll("form.question input[type=checkbox][name=answer]").forEach(function (other) {
        if (other !== box && (box.value === "dont_know" || other.value === "dont_know")) { other.checked = false; }
      });
    });
  });
  // Number questions: typing a number clears "I don't know"; ticking it clears the number.
  var number = document.querySelector("form.question input[type=number]");
  var dontKnow = document.getElementById("dont_know");
  if (number && dontKnow) {
    number.addEventListener("input", function () { if (number.value !== "") { dontKnow.checked = false; } });
    dontKnow.addEventListener("change", function () { if (dontKnow.checked) { number.value = ""; } });
  }
  // After a wrong answer, move the focus to the message so screen readers and keyboards start there.
  var error = document.getElementById("error");
  if (error) { error.setAttribute("tabindex", "-1"); error.focus(); }
});
// Printing shows the "why" lists too.
window.addEventListener("beforeprint", function () {
  document.querySelectorAll("details").forEach(function (d) { d.open = true; });
});

// Small enhancements; every page works without this file.
// - Buttons with data-confirm ask before submitting.
document.addEventListener("submit", function (event) {
  var button = event.submitter;
  var message = button && button.getAttribute("data-confirm");
  if (message && !window.confirm(message)) event.preventDefault();
});

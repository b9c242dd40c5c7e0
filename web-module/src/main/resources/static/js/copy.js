// A "Copy" button beside a read-only field: puts its text on the clipboard and says so. Without
// JavaScript (or clipboard access) the button stays hidden and the field can be selected by hand.
(function () {
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var field = document.getElementById(button.getAttribute('data-copy'));
    var status = document.getElementById(button.getAttribute('data-copy-status'));
    if (!field || !navigator.clipboard) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(field.value).then(function () {
        status.textContent = button.getAttribute('data-copied');
      }, function () {
        field.select();
        status.textContent = button.getAttribute('data-select');
      });
    });
  });
})();

// The preview beside the editor follows what she types: a moment after she stops, the text goes to
// the server, which renders and sanitizes it exactly as readers will get it (nothing is saved).
// Without JavaScript the "Preview" button does the same with a page load.
(function () {
  var area = document.querySelector('textarea[data-preview]');
  var form = document.getElementById('content-form');
  if (!area || !form || !window.fetch) {
    return;
  }
  var target = document.getElementById(area.getAttribute('data-preview'));
  var csrf = form.querySelector('input[name="_csrf"]');
  var timer;
  area.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var body = new URLSearchParams();
      body.append('bodyMarkdown', area.value);
      if (csrf) {
        body.append('_csrf', csrf.value);
      }
      fetch('/practice/content/preview', {method: 'POST', body: body, credentials: 'same-origin'})
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) {
          if (html === null) {
            return;
          }
          var parsed = new DOMParser().parseFromString(html, 'text/html').getElementById('preview');
          if (parsed) {
            target.replaceChildren.apply(target, Array.prototype.slice.call(parsed.childNodes));
          }
        });
    }, 600);
  });
})();

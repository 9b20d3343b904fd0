// Uploads the import form with a progress bar. Without JavaScript the form posts as usual; with it, the
// file is sent by XMLHttpRequest so its upload progress can be shown, and files over the limit are refused
// before a single byte is sent. The server's answer is shown as if the form had been posted: the preview
// page it redirects to, or the import page with the problems found.
(function () {
  'use strict';

  function format(template, value) {
    return template.replace('{0}', String(value));
  }

  function showAnswer(xhr, form) {
    var answered = xhr.responseURL ? new URL(xhr.responseURL) : null;
    var posted = new URL(form.action, window.location.href);
    if (answered && answered.pathname !== posted.pathname) {
      window.location.assign(answered.href);
      return;
    }

    var page = new DOMParser().parseFromString(xhr.responseText, 'text/html');
    var main = page.querySelector('main');
    if (!main) {
      window.location.reload();
      return;
    }

    document.querySelector('main').replaceWith(document.adoptNode(main));
    document.title = page.title;
    var focus = document.querySelector('#import-problems, #import-message') || document.querySelector('main');
    focus.setAttribute('tabindex', '-1');
    focus.focus();
  }

  function upload(form) {
    var input = form.querySelector('input[type=file]');
    var progress = form.querySelector('.import-progress');
    var bar = progress.querySelector('progress');
    var text = progress.querySelector('[role=status]');
    var button = form.querySelector('button[type=submit]');
    var file = input.files && input.files[0];
    if (!file) {
      return false;
    }

    progress.hidden = false;
    if (file.size > Number(form.dataset.maxBytes)) {
      bar.hidden = true;
      text.textContent = form.dataset.tooLarge;
      return true;
    }

    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.upload.addEventListener('progress', function (event) {
      if (event.lengthComputable) {
        var percent = Math.round((event.loaded / event.total) * 100);
        bar.hidden = false;
        bar.value = percent;
        text.textContent = format(form.dataset.uploading, percent);
      }
    });
    xhr.upload.addEventListener('load', function () {
      bar.removeAttribute('value');
      text.textContent = form.dataset.checking;
    });
    xhr.addEventListener('load', function () {
      showAnswer(xhr, form);
    });
    xhr.addEventListener('error', function () {
      button.disabled = false;
      text.textContent = form.dataset.failed;
    });
    button.disabled = true;
    xhr.send(new FormData(form));
    return true;
  }

  // Delegated, so it keeps working when the import page is replaced by the server's answer.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.id === 'import-form' && window.FormData && window.XMLHttpRequest && upload(form)) {
      event.preventDefault();
    }
  });
}());

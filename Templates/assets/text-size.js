/* sitegen default theme: the larger-text mode (适老化大字模式).
   Loaded in <head> without defer, so a reader's saved choice applies before the page is first
   drawn. Without JavaScript the toggle stays hidden and pages keep their normal size. */
(function () {
  var key = 'sitegen-large-text';
  var root = document.documentElement;
  try {
    if (window.localStorage.getItem(key) === '1') root.classList.add('large-text');
  } catch (error) { /* storage blocked: normal size */ }

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('.text-size-toggle');
    if (button) {
      button.hidden = false;
      button.setAttribute('aria-pressed', String(root.classList.contains('large-text')));
      button.addEventListener('click', function () {
        var on = root.classList.toggle('large-text');
        button.setAttribute('aria-pressed', String(on));
        try {
          if (on) window.localStorage.setItem(key, '1'); else window.localStorage.removeItem(key);
        } catch (error) { /* storage blocked: the choice lasts for this page only */ }
      });
    }
    // On a phone the nav scrolls sideways: bring the current section's link into view.
    var current = document.querySelector('.site-nav .current');
    if (current && current.parentNode && current.parentNode.parentNode) {
      var list = current.parentNode.parentNode;
      if (list.scrollWidth > list.clientWidth) list.scrollLeft = current.parentNode.offsetLeft - 16;
    }
  });
})();

// "Vorlesen": reads the page's main content aloud with the browser's speech synthesis.
// Progressive enhancement: without JavaScript or speech synthesis the control never appears.
(function () {
  if (!('speechSynthesis' in window) || typeof SpeechSynthesisUtterance !== 'function') return;

  function start() {
    const slot = document.querySelector('[data-read-aloud]');
    const main = document.querySelector('main');
    if (!slot || !main) return;

    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'kern-btn kern-btn--secondary kern-btn--x-small';
    button.setAttribute('aria-pressed', 'false');
    const label = document.createElement('span');
    label.className = 'kern-label';
    label.textContent = 'Vorlesen';
    button.appendChild(label);

    function stop() {
      window.speechSynthesis.cancel();
      button.setAttribute('aria-pressed', 'false');
      label.textContent = 'Vorlesen';
    }

    button.addEventListener('click', function () {
      if (button.getAttribute('aria-pressed') === 'true') {
        stop();
        return;
      }
      const clone = main.cloneNode(true);
      clone.querySelectorAll('[data-read-aloud], nav, script').forEach(function (node) {
        node.remove();
      });
      const utterance = new SpeechSynthesisUtterance(clone.textContent.replace(/\s+/g, ' ').trim());
      utterance.lang = 'de-DE';
      utterance.onend = stop;
      window.speechSynthesis.speak(utterance);
      button.setAttribute('aria-pressed', 'true');
      label.textContent = 'Vorlesen beenden';
    });

    slot.appendChild(button);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();

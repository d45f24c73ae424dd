document.getElementById('js-status').textContent = 'JavaScript が動いています。';

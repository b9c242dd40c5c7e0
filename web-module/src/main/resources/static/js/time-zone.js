// Chooses the device's own time zone in a zone list the person has not chosen from yet, so times
// are shown in her zone without her looking for it. Without JavaScript the list still works.
(function () {
  var zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (e) {
    return;
  }
  document.querySelectorAll('select[data-detect-time-zone]').forEach(function (select) {
    var known = Array.prototype.some.call(select.options, function (option) { return option.value === zone; });
    if (zone && known) {
      select.value = zone;
    }
  });
})();

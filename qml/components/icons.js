.pragma library
// Line icons drawn on a 24×24 grid with Context2D calls, stroked by Icon.qml. Drawn for Paydesk;
// no icon font or image plugin needed (Debian's Qt has no SVG image format installed).

function line(c, x1, y1, x2, y2) { c.moveTo(x1, y1); c.lineTo(x2, y2) }
function circle(c, x, y, r) { c.moveTo(x + r, y); c.arc(x, y, r, 0, 2 * Math.PI, false) }
function box(c, x, y, w, h, r) { c.roundedRect(x, y, w, h, r, r) }
function dot(c, x, y) { circle(c, x, y, 0.35) }

var painters = {
    dashboard: function (c) { box(c, 4, 4, 7, 7, 1.5); box(c, 13, 4, 7, 5, 1.5); box(c, 13, 11, 7, 9, 1.5); box(c, 4, 13, 7, 7, 1.5) },
    payments: function (c) { box(c, 3, 5, 18, 14, 2); line(c, 3, 9.5, 21, 9.5); line(c, 6.5, 15, 10.5, 15) },
    webhooks: function (c) { circle(c, 12, 6, 2.5); circle(c, 6, 17.5, 2.5); circle(c, 18, 17.5, 2.5); line(c, 10.8, 8.3, 7.3, 15.2); line(c, 13.2, 8.3, 16.7, 15.2); line(c, 8.6, 17.5, 15.4, 17.5) },
    key: function (c) { circle(c, 8, 15.5, 4); line(c, 10.9, 12.6, 20, 3.5); line(c, 16.5, 7, 19, 9.5); line(c, 14, 9.5, 16, 11.5) },
    wallet: function (c) { box(c, 3, 7, 18, 13, 2.5); c.moveTo(5.5, 7); c.lineTo(15, 3.8); c.lineTo(16.5, 7); box(c, 14.5, 11.5, 6.5, 4, 1.5) },
    chat: function (c) { c.moveTo(7, 17); c.lineTo(5.5, 20.5); c.lineTo(11.5, 17); c.lineTo(17.5, 17); c.bezierCurveTo(19.5, 17, 21, 15.5, 21, 13.5); c.lineTo(21, 7.5); c.bezierCurveTo(21, 5.5, 19.5, 4, 17.5, 4); c.lineTo(6.5, 4); c.bezierCurveTo(4.5, 4, 3, 5.5, 3, 7.5); c.lineTo(3, 13.5); c.bezierCurveTo(3, 15.5, 4.5, 17, 6.5, 17); c.lineTo(7, 17) },
    shield: function (c) { c.moveTo(12, 3); c.lineTo(19.5, 6); c.lineTo(19.5, 11.5); c.bezierCurveTo(19.5, 16, 16.5, 19.5, 12, 21); c.bezierCurveTo(7.5, 19.5, 4.5, 16, 4.5, 11.5); c.lineTo(4.5, 6); c.closePath(); c.moveTo(9, 12); c.lineTo(11.2, 14.2); c.lineTo(15.2, 10) },
    settings: function (c) { line(c, 4, 7, 7, 7); circle(c, 9.5, 7, 2.5); line(c, 12, 7, 20, 7); line(c, 4, 17, 12, 17); circle(c, 14.5, 17, 2.5); line(c, 17, 17, 20, 17) },
    logout: function (c) { c.moveTo(10, 4); c.lineTo(6, 4); c.bezierCurveTo(4.9, 4, 4, 4.9, 4, 6); c.lineTo(4, 18); c.bezierCurveTo(4, 19.1, 4.9, 20, 6, 20); c.lineTo(10, 20); line(c, 10, 12, 20, 12); c.moveTo(16.5, 8.5); c.lineTo(20, 12); c.lineTo(16.5, 15.5) },
    server: function (c) { box(c, 4, 4, 16, 7, 2); box(c, 4, 13, 16, 7, 2); line(c, 7.5, 7.5, 8, 7.5); line(c, 7.5, 16.5, 8, 16.5); line(c, 12, 7.5, 16.5, 7.5); line(c, 12, 16.5, 16.5, 16.5) },
    alert: function (c) { c.moveTo(12, 3.5); c.lineTo(21, 19.5); c.lineTo(3, 19.5); c.closePath(); line(c, 12, 9.5, 12, 13.5); line(c, 12, 16.5, 12, 16.6) },
    info: function (c) { circle(c, 12, 12, 9); line(c, 12, 11, 12, 16.5); line(c, 12, 7.8, 12, 7.9) },
    check: function (c) { c.moveTo(5, 12.5); c.lineTo(9.8, 17.2); c.lineTo(19, 7.5) },
    checkCircle: function (c) { circle(c, 12, 12, 9); c.moveTo(8, 12.3); c.lineTo(11, 15.2); c.lineTo(16.2, 9.5) },
    sun: function (c) { circle(c, 12, 12, 4); for (var i = 0; i < 8; ++i) { var a = i * Math.PI / 4; line(c, 12 + 7 * Math.cos(a), 12 + 7 * Math.sin(a), 12 + 9 * Math.cos(a), 12 + 9 * Math.sin(a)) } },
    moon: function (c) { c.moveTo(19.5, 14.5); c.bezierCurveTo(15, 16.5, 9, 13.5, 9.5, 4.5); c.bezierCurveTo(5.8, 5.8, 3.8, 9.6, 4.5, 13.4); c.bezierCurveTo(5.4, 18.2, 10.4, 21, 15, 19.6); c.bezierCurveTo(17, 19, 18.7, 17, 19.5, 14.5) },
    globe: function (c) { circle(c, 12, 12, 9); c.moveTo(12, 3); c.bezierCurveTo(7, 8, 7, 16, 12, 21); c.moveTo(12, 3); c.bezierCurveTo(17, 8, 17, 16, 12, 21); line(c, 3, 12, 21, 12) },
    user: function (c) { circle(c, 12, 8, 4); c.moveTo(4.5, 20); c.bezierCurveTo(4.5, 16, 8, 14, 12, 14); c.bezierCurveTo(16, 14, 19.5, 16, 19.5, 20) },
    users: function (c) { circle(c, 9, 8.5, 3.5); c.moveTo(2.5, 20); c.bezierCurveTo(2.5, 16.5, 5.5, 14.5, 9, 14.5); c.bezierCurveTo(12.5, 14.5, 15.5, 16.5, 15.5, 20); c.moveTo(15.5, 5.2); c.bezierCurveTo(18.5, 5.5, 19, 11, 15.8, 11.8); c.moveTo(18, 14.8); c.bezierCurveTo(20, 15.5, 21.5, 17.2, 21.5, 20) },
    mail: function (c) { box(c, 3, 5, 18, 14, 2); c.moveTo(3.8, 7); c.lineTo(12, 13); c.lineTo(20.2, 7) },
    lock: function (c) { box(c, 5, 10.5, 14, 10, 2); c.moveTo(8, 10.5); c.lineTo(8, 7.5); c.bezierCurveTo(8, 2.5, 16, 2.5, 16, 7.5); c.lineTo(16, 10.5); line(c, 12, 14.5, 12, 16.5) },
    chart: function (c) { line(c, 4, 20, 20, 20); box(c, 6, 12, 3, 5, 0.8); box(c, 11, 7, 3, 10, 0.8); box(c, 16, 10, 3, 7, 0.8) },
    trend: function (c) { c.moveTo(3, 17); c.lineTo(9, 11); c.lineTo(13, 14.5); c.lineTo(21, 6.5); c.moveTo(15.5, 6.5); c.lineTo(21, 6.5); c.lineTo(21, 12) },
    list: function (c) { line(c, 9, 6, 20, 6); line(c, 9, 12, 20, 12); line(c, 9, 18, 20, 18); dot(c, 4.5, 6); dot(c, 4.5, 12); dot(c, 4.5, 18) },
    search: function (c) { circle(c, 10.5, 10.5, 6.5); line(c, 15.3, 15.3, 20, 20) },
    download: function (c) { line(c, 12, 4, 12, 15); c.moveTo(7.5, 10.5); c.lineTo(12, 15); c.lineTo(16.5, 10.5); line(c, 4.5, 19.5, 19.5, 19.5) },
    clock: function (c) { circle(c, 12, 12, 9); c.moveTo(12, 7); c.lineTo(12, 12); c.lineTo(15.5, 14) },
    send: function (c) { c.moveTo(21, 3); c.lineTo(3.5, 10.5); c.lineTo(10.5, 13.5); c.lineTo(13.5, 20.5); c.closePath(); line(c, 10.5, 13.5, 21, 3) },
    phone: function (c) { c.moveTo(5, 4); c.lineTo(8.5, 4); c.lineTo(10, 8.5); c.lineTo(8, 10); c.bezierCurveTo(9, 12.2, 11.8, 15, 14, 16); c.lineTo(15.5, 14); c.lineTo(20, 15.5); c.lineTo(20, 19); c.bezierCurveTo(20, 20, 19, 21, 18, 20.8); c.bezierCurveTo(10, 20, 4, 14, 3.2, 6); c.bezierCurveTo(3, 5, 4, 4, 5, 4) },
    bolt: function (c) { c.moveTo(13, 2.5); c.lineTo(4.5, 13.5); c.lineTo(11.5, 13.5); c.lineTo(10.5, 21.5); c.lineTo(19.5, 10.5); c.lineTo(12.5, 10.5); c.closePath() },
    refresh: function (c) { c.moveTo(19.5, 12); c.arc(12, 12, 7.5, 0, -1.6 * Math.PI, true); c.moveTo(19.5, 5); c.lineTo(19.5, 9.5); c.lineTo(15, 9.5) },
    receipt: function (c) { c.moveTo(6, 3); c.lineTo(18, 3); c.lineTo(18, 21); c.lineTo(15.5, 19.5); c.lineTo(13, 21); c.lineTo(10.5, 19.5); c.lineTo(8, 21); c.lineTo(6, 19.5); c.closePath(); line(c, 9, 8, 15, 8); line(c, 9, 12, 15, 12); line(c, 9, 16, 12, 16) },
    eye: function (c) { c.moveTo(2.5, 12); c.bezierCurveTo(5, 7, 8.5, 5, 12, 5); c.bezierCurveTo(15.5, 5, 19, 7, 21.5, 12); c.bezierCurveTo(19, 17, 15.5, 19, 12, 19); c.bezierCurveTo(8.5, 19, 5, 17, 2.5, 12); circle(c, 12, 12, 3) },
    plus: function (c) { line(c, 12, 5, 12, 19); line(c, 5, 12, 19, 12) },
    chevronDown: function (c) { c.moveTo(6, 9.5); c.lineTo(12, 15.5); c.lineTo(18, 9.5) },
    chevronUp: function (c) { c.moveTo(6, 14.5); c.lineTo(12, 8.5); c.lineTo(18, 14.5) },
    close: function (c) { line(c, 6, 6, 18, 18); line(c, 18, 6, 6, 18) },
    copy: function (c) { box(c, 8, 8, 12, 12, 2); c.moveTo(16, 8); c.lineTo(16, 5.5); c.bezierCurveTo(16, 4.5, 15.5, 4, 14.5, 4); c.lineTo(5.5, 4); c.bezierCurveTo(4.5, 4, 4, 4.5, 4, 5.5); c.lineTo(4, 14.5); c.bezierCurveTo(4, 15.5, 4.5, 16, 5.5, 16); c.lineTo(8, 16) },
    calendar: function (c) { box(c, 4, 5.5, 16, 14.5, 2); line(c, 4, 10, 20, 10); line(c, 8.5, 3.5, 8.5, 7); line(c, 15.5, 3.5, 15.5, 7) },
    qr: function (c) { box(c, 4, 4, 6, 6, 1); box(c, 14, 4, 6, 6, 1); box(c, 4, 14, 6, 6, 1); line(c, 14, 14, 16, 14); line(c, 18, 14, 20, 14); line(c, 14, 17, 14, 20); line(c, 17, 17, 20, 20) },
    arrowRight: function (c) { line(c, 5, 12, 19, 12); c.moveTo(13, 6); c.lineTo(19, 12); c.lineTo(13, 18) }
}

function draw(c, name) {
    var painter = painters[name]
    if (painter)
        painter(c)
}

#include "preferences.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPreferences, "paydesk.preferences")

namespace {

constexpr auto kSourceLanguage = "en";
constexpr int kDefaultWidth = 1280;
constexpr int kDefaultHeight = 800;
// Below this the sidebar and a page card no longer fit side by side.
constexpr int kMinimumWidth = 960;
constexpr int kMinimumHeight = 640;

QSettings userSettings()
{
    return QSettings(u"Paydesk"_s, u"paydesk"_s);
}

} // namespace

Preferences::Preferences(QQmlEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_language(QString::fromLatin1(kSourceLanguage))
{
    QSettings settings = userSettings();
    m_darkTheme = settings.value("appearance/theme"_L1).toString() == "dark"_L1;
    m_lastPage = settings.value("shell/lastPage"_L1, u"dashboard"_s).toString();
    m_consoleMode =
        settings.value("console/mode"_L1).toString() == "live"_L1 ? u"live"_s : u"test"_s;
    m_windowWidth = qMax(kMinimumWidth, settings.value("window/width"_L1, kDefaultWidth).toInt());
    m_windowHeight =
        qMax(kMinimumHeight, settings.value("window/height"_L1, kDefaultHeight).toInt());
    const QString language = settings.value("appearance/language"_L1).toString();
    if (languages().contains(language) && installTranslator(language))
        m_language = language;
}

Preferences::~Preferences()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

Preferences *Preferences::create(QQmlEngine *engine, QJSEngine *)
{
    // One instance per engine, owned by it, so retranslate() reaches the right engine.
    auto *preferences = new Preferences(engine, engine);
    QJSEngine::setObjectOwnership(preferences, QJSEngine::CppOwnership);
    return preferences;
}

void Preferences::setDarkTheme(bool dark)
{
    if (dark == m_darkTheme)
        return;
    m_darkTheme = dark;
    userSettings().setValue("appearance/theme"_L1, dark ? u"dark"_s : u"light"_s);
    Q_EMIT darkThemeChanged();
}

void Preferences::setLanguage(const QString &code)
{
    if (code == m_language)
        return;
    if (!languages().contains(code) || !installTranslator(code)) {
        qCWarning(lcPreferences) << "no translation for language" << code;
        return;
    }
    m_language = code;
    userSettings().setValue("appearance/language"_L1, code);
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged();
}

QStringList Preferences::languages() const
{
    return {QString::fromLatin1(kSourceLanguage), u"fr"_s};
}

void Preferences::setLastPage(const QString &page)
{
    if (page == m_lastPage)
        return;
    m_lastPage = page;
    userSettings().setValue("shell/lastPage"_L1, page);
    Q_EMIT lastPageChanged();
}

void Preferences::setConsoleMode(const QString &mode)
{
    const QString checked = mode == "live"_L1 ? u"live"_s : u"test"_s;
    if (checked == m_consoleMode)
        return;
    m_consoleMode = checked;
    userSettings().setValue("console/mode"_L1, checked);
    Q_EMIT consoleModeChanged();
}

void Preferences::rememberWindowSize(int width, int height)
{
    width = qMax(kMinimumWidth, width);
    height = qMax(kMinimumHeight, height);
    if (width == m_windowWidth && height == m_windowHeight)
        return;
    m_windowWidth = width;
    m_windowHeight = height;
    QSettings settings = userSettings();
    settings.setValue("window/width"_L1, width);
    settings.setValue("window/height"_L1, height);
    Q_EMIT windowSizeChanged();
}

bool Preferences::installTranslator(const QString &code)
{
    // Load the new catalogue before dropping the old one, so a failure keeps the language.
    std::unique_ptr<QTranslator> next;
    if (code != QLatin1StringView(kSourceLanguage)) { // English is the source: no catalogue
        next = std::make_unique<QTranslator>();
        if (!next->load(u":/i18n/paydesk_"_s + code + u".qm"_s))
            return false;
    }
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(next);
    if (m_translator)
        QCoreApplication::installTranslator(m_translator.get());
    // Dates, times and numbers follow the language of the texts ("vendredi", "7 déc.").
    QLocale::setDefault(code == QLatin1StringView(kSourceLanguage) ? m_startLocale : QLocale(code));
    return true;
}

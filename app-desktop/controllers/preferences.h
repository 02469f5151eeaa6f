// The user's desktop preferences (theme, language, last page, window size), persisted with
// QSettings under Paydesk/paydesk. Choosing a language installs its translator and retranslates
// the engine that owns this instance, live; it never touches another engine's strings.
#pragma once

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>

#include <memory>

class QTranslator;

class Preferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool darkTheme READ darkTheme WRITE setDarkTheme NOTIFY darkThemeChanged)
    // A code from `languages` ("en", "fr"); the source strings are English.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QStringList languages READ languages CONSTANT)
    // The shell page shown last, restored after the next sign-in.
    Q_PROPERTY(QString lastPage READ lastPage WRITE setLastPage NOTIFY lastPageChanged)
    // The merchant console's data: "test" or "live" (the dashboard's and tables' switch).
    Q_PROPERTY(QString consoleMode READ consoleMode WRITE setConsoleMode NOTIFY consoleModeChanged)
    Q_PROPERTY(int windowWidth READ windowWidth NOTIFY windowSizeChanged)
    Q_PROPERTY(int windowHeight READ windowHeight NOTIFY windowSizeChanged)

public:
    explicit Preferences(QQmlEngine *engine, QObject *parent = nullptr);
    ~Preferences() override;
    static Preferences *create(QQmlEngine *engine, QJSEngine *);

    bool darkTheme() const { return m_darkTheme; }
    void setDarkTheme(bool dark);
    QString language() const { return m_language; }
    void setLanguage(const QString &code);
    QStringList languages() const;
    QString lastPage() const { return m_lastPage; }
    void setLastPage(const QString &page);
    QString consoleMode() const { return m_consoleMode; }
    void setConsoleMode(const QString &mode);
    int windowWidth() const { return m_windowWidth; }
    int windowHeight() const { return m_windowHeight; }

    Q_INVOKABLE void rememberWindowSize(int width, int height);

Q_SIGNALS:
    void darkThemeChanged();
    void languageChanged();
    void lastPageChanged();
    void consoleModeChanged();
    void windowSizeChanged();

private:
    bool installTranslator(const QString &code);

    QPointer<QQmlEngine> m_engine;
    std::unique_ptr<QTranslator> m_translator;
    QLocale m_startLocale; // the locale the app started with: English texts keep its formats
    bool m_darkTheme = false;
    QString m_language;
    QString m_lastPage;
    QString m_consoleMode;
    int m_windowWidth = 0;
    int m_windowHeight = 0;
};

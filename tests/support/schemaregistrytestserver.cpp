#include "schemaregistrytestserver.h"

#include <QDebug>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

SchemaRegistryTestServer::SchemaRegistryTestServer()
    : m_dir(qEnvironmentVariable("QAFKA_REGISTRY_DIR"))
{}

bool SchemaRegistryTestServer::isAvailable() const
{
    return !m_dir.isEmpty() && QFile::exists(m_dir + QStringLiteral("/url")) &&
           QFileInfo(pythonPath()).isExecutable() && QFile::exists(oracleScript());
}

QString SchemaRegistryTestServer::file(const QString &name) const
{
    QFile f(m_dir + u'/' + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

QString SchemaRegistryTestServer::pythonPath() const
{
    const QString override = qEnvironmentVariable("QAFKA_ORACLE_PYTHON");
    return override.isEmpty() ? file(QStringLiteral("python")) : override;
}

QString SchemaRegistryTestServer::oracleScript() const
{
    const QString script = qEnvironmentVariable("QAFKA_ORACLE_SCRIPT");
    if (!script.isEmpty())
        return script;
    return qEnvironmentVariable("QAFKA_SOURCE_DIR") + QStringLiteral("/tests/support/sr_oracle.py");
}

QString SchemaRegistryTestServer::schemaFile(const QString &name)
{
    return qEnvironmentVariable("QAFKA_SOURCE_DIR") + QStringLiteral("/tests/data/schemas/") + name;
}

QByteArray SchemaRegistryTestServer::readSchemaFile(const QString &name)
{
    QFile f(schemaFile(name));
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning().noquote() << "cannot read" << f.fileName() << ':' << f.errorString();
        return {};
    }
    return f.readAll();
}

QString SchemaRegistryTestServer::pythonOracle(const QStringList &args, QString *error,
                                               int timeoutMs) const
{
    const auto fail = [&](const QString &message) {
        qWarning().noquote() << message;
        if (error)
            *error = message;
        return QString();
    };
    const QString python = pythonPath();
    if (python.isEmpty())
        return fail(QStringLiteral("no oracle python: the schema_registry fixture's "
                                   "python_oracles_setup did not write %1/python")
                        .arg(m_dir));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.start(python, QStringList{oracleScript()} + args);
    const QString what = QStringLiteral("sr_oracle.py %1").arg(args.value(0));
    if (!process.waitForStarted(10000))
        return fail(
            QStringLiteral("%1: cannot start %2: %3").arg(what, python, process.errorString()));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return fail(QStringLiteral("%1 timed out after %2 ms; stderr:\n%3")
                        .arg(what)
                        .arg(timeoutMs)
                        .arg(QString::fromUtf8(process.readAllStandardError()).right(4000)));
    }
    const QString stdErr = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return fail(QStringLiteral("%1 failed (exit %2): %3\n(arguments: %4)")
                        .arg(what)
                        .arg(process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1)
                        .arg(stdErr.trimmed().right(4000), args.join(u' ')));
    if (error)
        error->clear();
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString SchemaRegistryTestServer::serialize(const QString &topic, const QString &format,
                                            const QString &schemaPath, const QString &json,
                                            const QStringList &extra, QString *error) const
{
    const QString out = pythonOracle(
        QStringList{QStringLiteral("serialize"), QStringLiteral("--registry"), url(),
                    QStringLiteral("--topic"), topic, QStringLiteral("--format"), format,
                    QStringLiteral("--schema"), schemaPath, QStringLiteral("--json"), json} +
            extra,
        error);
    return out.isNull() ? out : out.trimmed();
}

QString SchemaRegistryTestServer::deserialize(const QString &topic, const QString &format,
                                              const QString &hex, const QStringList &extra,
                                              QString *error) const
{
    const QString out =
        pythonOracle(QStringList{QStringLiteral("deserialize"), QStringLiteral("--registry"), url(),
                                 QStringLiteral("--topic"), topic, QStringLiteral("--format"),
                                 format, QStringLiteral("--hex"), hex} +
                         extra,
                     error);
    return out.isNull() ? out : out.trimmed();
}

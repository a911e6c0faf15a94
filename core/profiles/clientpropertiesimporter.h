#pragma once

#include "profiles/connectionprofile.h"

#include <QStringList>

namespace Qafka {

// Reads a Java client.properties file (what kafka-*.sh --command-config takes) into a profile,
// mapping Java property names to librdkafka's and listing what it could not carry over.
struct ClientPropertiesImport
{
    ConnectionProfile profile;
    ProfileSecrets secrets;
    QStringList ignored; // "name: why", one per property that was not understood or not carried
    QString error;       // set when the file could not be read at all
};

class ClientPropertiesImporter
{
public:
    static ClientPropertiesImport importFile(const QString &path);
    static ClientPropertiesImport importText(const QString &text, ConnectionProfile base = {});

    // Java .properties syntax: '#'/'!' comments, '=' ':' or space separators, backslash
    // continuations and escapes.
    static QList<QPair<QString, QString>> parseProperties(const QString &text);
};

} // namespace Qafka

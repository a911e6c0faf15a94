#include "schemas/protobuferrorcollector.h"

#include "schemas/protobuferrortext.h"

#include <QCoreApplication>

#include <google/protobuf/compiler/parser.h>
#include <utility>

namespace Qafka {

namespace {} // namespace

ProtobufErrorCollector::ProtobufErrorCollector(
    std::string fileName, const google::protobuf::compiler::SourceLocationTable *locations)
    : m_fileName(std::move(fileName))
    , m_locations(locations)
{}

void ProtobufErrorCollector::AddError(int line, int column, const std::string &message)
{
    if (hasError())
        return;
    m_error = QCoreApplication::translate("ProtobufCodec", "%1 at %2:%3:%4")
                  .arg(ProtobufErrorText::inWords(message), QString::fromStdString(m_fileName))
                  .arg(line + 1)
                  .arg(column + 1);
}

void ProtobufErrorCollector::AddError(const std::string &filename, const std::string &elementName,
                                      const google::protobuf::Message *descriptor,
                                      ErrorLocation location, const std::string &message)
{
    int line = 0;
    int column = 0;
    if (m_locations && m_locations->Find(descriptor, location, &line, &column)) {
        AddError(line, column, message);
        return;
    }
    if (hasError())
        return;
    m_error = QCoreApplication::translate("ProtobufCodec", "%1 at %2 in %3")
                  .arg(ProtobufErrorText::inWords(message), QString::fromStdString(elementName),
                       QString::fromStdString(filename));
}

} // namespace Qafka

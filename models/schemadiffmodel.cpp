#include "schemadiffmodel.h"

#include "semanticcolors.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>

namespace Qafka {

namespace {

// A pale wash of a meaning's colour over the base, so the text on it keeps its contrast.
QColor tint(Meaning meaning)
{
    const QPalette palette = QGuiApplication::palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor shade = semanticColor(meaning, palette);
    const float share = 0.22f;
    return QColor::fromRgbF(base.redF() * (1 - share) + shade.redF() * share,
                            base.greenF() * (1 - share) + shade.greenF() * share,
                            base.blueF() * (1 - share) + shade.blueF() * share);
}

} // namespace

SchemaDiffModel::SchemaDiffModel(QObject *parent)
    : TableModel(4, parent)
{}

QStringList SchemaDiffModel::columnTitles() const
{
    return {tr("Line"), tr("Older version"), tr("Line"), tr("Newer version")};
}

void SchemaDiffModel::setTexts(const QString &left, const QString &right)
{
    beginResetModel();
    m_rows = TextDiff::sideBySide(left.split(u'\n'), right.split(u'\n'));
    endResetModel();
}

QString SchemaDiffModel::summary() const
{
    const TextDiff::Counts counts = TextDiff::count(m_rows);
    if (counts.added == 0 && counts.removed == 0 && counts.changed == 0)
        return tr("The two versions are the same.");
    return tr("%n line(s) added", nullptr, counts.added) + QStringLiteral(", ") +
           tr("%n removed", nullptr, counts.removed) + QStringLiteral(", ") +
           tr("%n changed", nullptr, counts.changed);
}

QString SchemaDiffModel::kindText(DiffRow::Kind kind) const
{
    switch (kind) {
    case DiffRow::Kind::Same:
        return tr("unchanged");
    case DiffRow::Kind::Removed:
        return tr("removed");
    case DiffRow::Kind::Added:
        return tr("added");
    case DiffRow::Kind::Changed:
        return tr("changed");
    }
    return {};
}

QVariant SchemaDiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DiffRow &row = m_rows.at(index.row());
    const bool leftSide = index.column() <= LeftTextColumn;
    const int line = leftSide ? row.leftLine : row.rightLine;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == LeftLineColumn || index.column() == RightLineColumn)
            return line > 0 ? QString::number(line) : QString();
        return leftSide ? row.left : row.right;
    case Qt::AccessibleDescriptionRole:
    case Qt::ToolTipRole:
        return kindText(row.kind);
    case Qt::BackgroundRole:
        if (line == 0 || row.kind == DiffRow::Kind::Same)
            return {};
        if (row.kind == DiffRow::Kind::Changed)
            return tint(Meaning::Warning);
        return tint(leftSide ? Meaning::Error : Meaning::Success);
    case Qt::FontRole:
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    case Qt::TextAlignmentRole:
        if (index.column() == LeftLineColumn || index.column() == RightLineColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

} // namespace Qafka

#include "schemas/textdiff.h"

#include <vector>

namespace Qafka {

namespace {

struct Edit
{
    DiffRow::Kind kind;
    int left;  // index into left, or -1
    int right; // index into right, or -1
};

// The classic LCS table over the lines between the common prefix and suffix.
std::vector<Edit> lcsEdits(const QStringList &left, const QStringList &right, int begin,
                           int leftEnd, int rightEnd)
{
    const int n = leftEnd - begin;
    const int m = rightEnd - begin;
    std::vector<Edit> edits;
    if (n > TextDiff::maxLines || m > TextDiff::maxLines) {
        for (int i = 0; i < n; ++i)
            edits.push_back({DiffRow::Kind::Removed, begin + i, -1});
        for (int j = 0; j < m; ++j)
            edits.push_back({DiffRow::Kind::Added, -1, begin + j});
        return edits;
    }
    std::vector<int> table(size_t(n + 1) * size_t(m + 1), 0);
    const auto at = [&](int i, int j) -> int & { return table[size_t(i) * size_t(m + 1) + j]; };
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            at(i, j) = left.at(begin + i) == right.at(begin + j)
                           ? at(i + 1, j + 1) + 1
                           : std::max(at(i + 1, j), at(i, j + 1));
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && left.at(begin + i) == right.at(begin + j)) {
            edits.push_back({DiffRow::Kind::Same, begin + i++, begin + j++});
        } else if (j == m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
            edits.push_back({DiffRow::Kind::Removed, begin + i++, -1});
        } else {
            edits.push_back({DiffRow::Kind::Added, -1, begin + j++});
        }
    }
    return edits;
}

// Consecutive removals and additions become changed rows, pair by pair; the rest stay as they are.
QList<DiffRow> pairUp(const std::vector<Edit> &edits, const QStringList &left,
                      const QStringList &right)
{
    QList<DiffRow> rows;
    size_t k = 0;
    while (k < edits.size()) {
        if (edits[k].kind == DiffRow::Kind::Same) {
            rows.append({DiffRow::Kind::Same, edits[k].left + 1, left.at(edits[k].left),
                         edits[k].right + 1, right.at(edits[k].right)});
            ++k;
            continue;
        }
        QList<int> removed;
        QList<int> added;
        for (; k < edits.size() && edits[k].kind != DiffRow::Kind::Same; ++k) {
            if (edits[k].kind == DiffRow::Kind::Removed)
                removed.append(edits[k].left);
            else
                added.append(edits[k].right);
        }
        const qsizetype paired = std::min(removed.size(), added.size());
        for (qsizetype p = 0; p < std::max(removed.size(), added.size()); ++p) {
            DiffRow row;
            row.kind = p < paired           ? DiffRow::Kind::Changed
                       : p < removed.size() ? DiffRow::Kind::Removed
                                            : DiffRow::Kind::Added;
            if (p < removed.size()) {
                row.leftLine = removed[p] + 1;
                row.left = left.at(removed[p]);
            }
            if (p < added.size()) {
                row.rightLine = added[p] + 1;
                row.right = right.at(added[p]);
            }
            rows.append(row);
        }
    }
    return rows;
}

} // namespace

QList<DiffRow> TextDiff::sideBySide(const QStringList &left, const QStringList &right)
{
    // A common prefix and suffix need no table: schema versions mostly differ in a few lines.
    int prefix = 0;
    while (prefix < left.size() && prefix < right.size() && left.at(prefix) == right.at(prefix))
        ++prefix;
    int leftEnd = int(left.size());
    int rightEnd = int(right.size());
    while (leftEnd > prefix && rightEnd > prefix &&
           left.at(leftEnd - 1) == right.at(rightEnd - 1)) {
        --leftEnd;
        --rightEnd;
    }
    const std::vector<Edit> middle = lcsEdits(left, right, prefix, leftEnd, rightEnd);
    std::vector<Edit> edits;
    edits.reserve(size_t(prefix) + middle.size() + size_t(left.size() - leftEnd));
    for (int i = 0; i < prefix; ++i)
        edits.push_back({DiffRow::Kind::Same, i, i});
    edits.insert(edits.end(), middle.begin(), middle.end());
    for (int i = 0; leftEnd + i < left.size(); ++i)
        edits.push_back({DiffRow::Kind::Same, leftEnd + i, rightEnd + i});
    return pairUp(edits, left, right);
}

TextDiff::Counts TextDiff::count(const QList<DiffRow> &rows)
{
    Counts counts;
    for (const DiffRow &row : rows) {
        if (row.kind == DiffRow::Kind::Added)
            ++counts.added;
        else if (row.kind == DiffRow::Kind::Removed)
            ++counts.removed;
        else if (row.kind == DiffRow::Kind::Changed)
            ++counts.changed;
    }
    return counts;
}

} // namespace Qafka

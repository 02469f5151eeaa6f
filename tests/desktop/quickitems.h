// Finding items of a running QML scene by objectName, for the desktop's end-to-end tests.
#pragma once

#include <QQuickItem>
#include <QString>

namespace paydesk::test {

// The first item named `name` in `root`'s visual tree (depth first), `root` included.
inline QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root || root->objectName() == name)
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

} // namespace paydesk::test

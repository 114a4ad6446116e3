// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace hookdesk {

// Title, one line saying what the page is for, and a banner for errors in words.
class PageHeader : public QWidget
{
    Q_OBJECT
public:
    PageHeader(const QString& title, const QString& subtitle, QWidget* parent = nullptr);

    void showError(const QString& message);
    void showInfo(const QString& message);
    void clearMessage();
    QString message() const;

private:
    QLabel* m_banner = nullptr;
};

} // namespace hookdesk

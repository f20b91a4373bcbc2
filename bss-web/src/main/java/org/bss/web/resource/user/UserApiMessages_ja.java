package org.bss.web.resource.user;

import java.util.ListResourceBundle;

/** Japanese texts of {@link UserApiMessages}. */
public class UserApiMessages_ja extends ListResourceBundle {

    @Override
    protected Object[][] getContents() {
        return new Object[][] {
            {UserApiMessages.UNKNOWN_FIELD, "フィールド「{0}」はここでは使用できません。このリクエストのフィールド: {1}。"},
            {UserApiMessages.CSV_MEDIA_TYPE, "リクエスト本文は Content-Type: text/csv の CSV ファイルである必要があります ({0} は使用できません)。"},
            {UserApiMessages.CSV_CHARSET, "CSV ファイルは UTF-8 である必要があります (Content-Type: text/csv; charset=UTF-8)。{0} は使用できません。"},
        };
    }
}

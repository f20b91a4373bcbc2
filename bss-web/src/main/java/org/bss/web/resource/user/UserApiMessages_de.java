package org.bss.web.resource.user;

import java.util.ListResourceBundle;

/** German texts of {@link UserApiMessages}. */
public class UserApiMessages_de extends ListResourceBundle {

    @Override
    protected Object[][] getContents() {
        return new Object[][] {
            {UserApiMessages.UNKNOWN_FIELD, "Das Feld \"{0}\" ist hier unbekannt. Felder dieser Anfrage: {1}."},
            {UserApiMessages.CSV_MEDIA_TYPE, "Der Inhalt der Anfrage muss eine CSV-Datei mit Content-Type: text/csv sein, nicht {0}."},
            {UserApiMessages.CSV_CHARSET, "Die CSV-Datei muss UTF-8-codiert sein (Content-Type: text/csv; charset=UTF-8), nicht {0}."},
        };
    }
}

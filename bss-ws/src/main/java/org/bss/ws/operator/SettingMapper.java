package org.bss.ws.operator;

import org.bss.config.Setting;
import org.bss.ws.vo.VOConfigurationSetting;

/** Setting (domain) to VOConfigurationSetting (wire). The wire key/version stay 0: settings are addressed by name. */
final class SettingMapper {

    private SettingMapper() {}

    static VOConfigurationSetting toVO(Setting setting) {
        VOConfigurationSetting vo = new VOConfigurationSetting();
        vo.setContextId(VOConfigurationSetting.GLOBAL_CONTEXT);
        vo.setInformationId(setting.key());
        vo.setValue(setting.effectiveValue());
        return vo;
    }
}

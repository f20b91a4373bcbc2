package org.bss.ws.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bss.catalog.EventDefinition;
import org.bss.catalog.ParameterDefinition;
import org.bss.catalog.PriceModelLocalization;
import org.bss.catalog.PriceModelTerms;
import org.bss.catalog.PriceModelTerms.EventPrice;
import org.bss.catalog.PriceModelTerms.OptionPrice;
import org.bss.catalog.PriceModelTerms.ParameterPrice;
import org.bss.catalog.PriceModelTerms.RolePrice;
import org.bss.catalog.PriceModelTerms.Step;
import org.bss.catalog.PriceModelView;
import org.bss.catalog.RoleDefinition;
import org.bss.catalog.TechnicalServiceDefinition;
import org.bss.ws.vo.PriceModelType;
import org.bss.ws.vo.PricingPeriod;
import org.bss.ws.vo.VOEventDefinition;
import org.bss.ws.vo.VOParameterDefinition;
import org.bss.ws.vo.VOPriceModel;
import org.bss.ws.vo.VOPricedEvent;
import org.bss.ws.vo.VOPricedOption;
import org.bss.ws.vo.VOPricedParameter;
import org.bss.ws.vo.VOPricedRole;
import org.bss.ws.vo.VORoleDefinition;
import org.bss.ws.vo.VOSteppedPrice;

/**
 * The contract's VOPriceModel and the catalog's PriceModelTerms, both ways. Roles, parameters, options and events are
 * named by their ids in the VO's definitions; one the VO leaves without a definition is passed on as an empty id, which
 * the catalog's rules refuse as unknown. {@code description} and {@code license} are the texts in the caller's language.
 */
final class PriceModelMapper {

    private PriceModelMapper() {}

    static PriceModelTerms toTerms(VOPriceModel vo) {
        return new PriceModelTerms(
                vo.getType() == null
                        ? null
                        : PriceModelTerms.PriceModelType.valueOf(vo.getType().name()),
                vo.getCurrencyISOCode(),
                vo.getPeriod() == null
                        ? null
                        : PriceModelTerms.PricingPeriod.valueOf(vo.getPeriod().name()),
                vo.getOneTimeFee(),
                vo.getPricePerPeriod(),
                vo.getPricePerUserAssignment(),
                vo.getFreePeriod(),
                roles(vo.getRoleSpecificUserPrices()),
                steps(vo.getSteppedPrices()),
                each(
                        vo.getSelectedParameters(),
                        p -> new ParameterPrice(
                                p.getVoParameterDef() == null
                                        ? ""
                                        : p.getVoParameterDef().getParameterId(),
                                p.getPricePerSubscription(),
                                p.getPricePerUser(),
                                roles(p.getRoleSpecificUserPrices()),
                                steps(p.getSteppedPrices()),
                                each(
                                        p.getPricedOptions(),
                                        o -> new OptionPrice(
                                                o.getOptionId(),
                                                o.getPricePerSubscription(),
                                                o.getPricePerUser(),
                                                roles(o.getRoleSpecificUserPrices()))))),
                each(
                        vo.getConsideredEvents(),
                        e -> new EventPrice(
                                e.getEventDefinition() == null
                                        ? ""
                                        : e.getEventDefinition().getEventId(),
                                e.getEventPrice(),
                                steps(e.getSteppedPrices()))));
    }

    static VOPriceModel toVO(
            PriceModelView view, PriceModelLocalization texts, TechnicalServiceDefinition definition, Locale caller) {
        PriceModelTerms t = view.terms();
        VOPriceModel vo = new VOPriceModel();
        vo.setKey(view.key());
        vo.setVersion(view.version());
        vo.setType(PriceModelType.valueOf(t.type().name()));
        vo.setCurrencyISOCode(t.currency());
        vo.setPeriod(
                t.period() == null ? null : PricingPeriod.valueOf(t.period().name()));
        vo.setOneTimeFee(t.oneTimeFee());
        vo.setPricePerPeriod(t.pricePerPeriod());
        vo.setPricePerUserAssignment(t.pricePerUser());
        vo.setFreePeriod(t.freePeriodDays());
        vo.setDescription(LocalizedTexts.pick(texts.descriptions(), caller));
        vo.setLicense(LocalizedTexts.pick(texts.licenses(), caller));
        Map<String, RoleDefinition> roles =
                definition == null ? Map.of() : byId(definition.roles(), RoleDefinition::id);
        vo.setRoleSpecificUserPrices(pricedRoles(t.rolePrices(), roles, caller));
        vo.setSteppedPrices(steppedPrices(t.userSteps()));
        Map<String, ParameterDefinition> parameters =
                definition == null ? Map.of() : byId(definition.parameters(), ParameterDefinition::id);
        vo.setSelectedParameters(each(t.parameters(), p -> {
            VOPricedParameter priced = new VOPricedParameter();
            priced.setVoParameterDef(parameterDefinition(parameters.get(p.parameterId()), p.parameterId(), caller));
            priced.setPricePerSubscription(p.pricePerSubscription());
            priced.setPricePerUser(p.pricePerUser());
            priced.setRoleSpecificUserPrices(pricedRoles(p.rolePrices(), roles, caller));
            priced.setSteppedPrices(steppedPrices(p.steps()));
            priced.setPricedOptions(each(p.options(), o -> {
                VOPricedOption option = new VOPricedOption();
                option.setOptionId(o.optionId());
                option.setPricePerSubscription(o.pricePerSubscription());
                option.setPricePerUser(o.pricePerUser());
                option.setRoleSpecificUserPrices(pricedRoles(o.rolePrices(), roles, caller));
                return option;
            }));
            return priced;
        }));
        Map<String, EventDefinition> events =
                definition == null ? Map.of() : byId(definition.events(), EventDefinition::id);
        vo.setConsideredEvents(each(t.events(), e -> {
            VOPricedEvent priced = new VOPricedEvent();
            priced.setEventDefinition(eventDefinition(events.get(e.eventId()), e.eventId(), caller));
            priced.setEventPrice(e.price());
            priced.setSteppedPrices(steppedPrices(e.steps()));
            return priced;
        }));
        return vo;
    }

    private static List<RolePrice> roles(List<VOPricedRole> roles) {
        return each(
                roles, r -> new RolePrice(r.getRole() == null ? "" : r.getRole().getRoleId(), r.getPricePerUser()));
    }

    private static List<Step> steps(List<VOSteppedPrice> steps) {
        return each(steps, s -> new Step(s.getLimit(), s.getPrice()));
    }

    private static List<VOPricedRole> pricedRoles(
            List<RolePrice> prices, Map<String, RoleDefinition> roles, Locale caller) {
        return each(prices, r -> {
            VOPricedRole vo = new VOPricedRole();
            vo.setRole(roleDefinition(roles.get(r.roleId()), r.roleId(), caller));
            vo.setPricePerUser(r.price());
            return vo;
        });
    }

    private static List<VOSteppedPrice> steppedPrices(List<Step> steps) {
        return each(steps, s -> {
            VOSteppedPrice vo = new VOSteppedPrice();
            vo.setLimit(s.limit());
            vo.setPrice(s.price());
            return vo;
        });
    }

    /** The definitions a price names; when its technical service is out of reach, a VO with the id alone. */
    private static VOParameterDefinition parameterDefinition(ParameterDefinition d, String id, Locale caller) {
        if (d != null) {
            return ParameterMapper.toVO(d, caller);
        }
        VOParameterDefinition vo = new VOParameterDefinition();
        vo.setParameterId(id);
        return vo;
    }

    private static VOEventDefinition eventDefinition(EventDefinition d, String id, Locale caller) {
        if (d != null) {
            return TechnicalServiceMapper.event(d, caller);
        }
        VOEventDefinition vo = new VOEventDefinition();
        vo.setEventId(id);
        return vo;
    }

    private static VORoleDefinition roleDefinition(RoleDefinition d, String id, Locale caller) {
        if (d != null) {
            return TechnicalServiceMapper.role(d, caller);
        }
        VORoleDefinition vo = new VORoleDefinition();
        vo.setRoleId(id);
        return vo;
    }

    private static <A, B> List<B> each(List<A> list, Function<A, B> map) {
        return list == null
                ? List.of()
                : list.stream().filter(Objects::nonNull).map(map).collect(Collectors.toList());
    }

    private static <T> Map<String, T> byId(List<T> list, Function<T, String> id) {
        return list.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}

package dev.colophon.liquid.filter;

import static dev.colophon.liquid.filter.Signature.arg;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Filter;
import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.Numbers;
import dev.colophon.liquid.Values;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The filters of numbers. Operands are read by {@link Values#toNumber} (Liquid's {@code Utils.to_number}):
 * integers stay integers (growing past a long as Ruby's do), floats are computed as BigDecimal and given back
 * as floats, and a float that is NaN or infinite is computed as a double.
 */
final class MathFilters {

    /** More digits than a double holds, so that a quotient rounds to the double Ruby's BigDecimal gives. */
    private static final MathContext QUOTIENT = new MathContext(40, RoundingMode.HALF_EVEN);

    private MathFilters() {
    }

    static void register(Map<String, Filter> filters) {
        filters.put("plus", operation('+'));
        filters.put("minus", operation('-'));
        filters.put("times", operation('*'));
        filters.put("divided_by", operation('/'));
        filters.put("modulo", operation('%'));
        filters.put("abs", Signature.of(0, 0, (in, a, c) -> abs(Numbers.toNumber(in))));
        filters.put("ceil", Signature.of(0, 0, (in, a, c) -> toInteger(Numbers.toNumber(in), RoundingMode.CEILING)));
        filters.put("floor", Signature.of(0, 0, (in, a, c) -> toInteger(Numbers.toNumber(in), RoundingMode.FLOOR)));
        filters.put("round", Signature.of(0, 1, MathFilters::round));
        filters.put("at_least", Signature.of(1, 0, (in, a, c) -> bound(in, a.get(0), 1)));
        filters.put("at_most", Signature.of(1, 0, (in, a, c) -> bound(in, a.get(0), -1)));
        filters.put("sum", Signature.of(0, 1, MathFilters::sum));
    }

    private static Filter operation(char op) {
        return Signature.of(1, 0, (in, a, c) -> signedZero(
                Numbers.fromNumber(apply(Numbers.toNumber(in), Numbers.toNumber(a.get(0)), op)), in, a.get(0), op));
    }

    /**
     * A float zero with the sign Ruby's BigDecimal gives it ({@code -0.5 | times: 0} is {@code -0.0}), which
     * is IEEE's; Java's BigDecimal has no negative zero. Ruby's modulo gives 0.0 whatever the signs.
     */
    private static Object signedZero(Object result, Object a, Object b, char op) {
        if (op == '%' || !(result instanceof Double d) || d != 0.0) {
            return result;
        }
        return applyDouble(asDouble(a), asDouble(b), op);
    }

    /** A value as a double, keeping the sign of a float's zero. */
    private static double asDouble(Object value) {
        return value instanceof Double d ? d : Numbers.toNumber(value).doubleValue();
    }

    /** Ruby's {@code a op b} for Liquid's numbers. */
    static Number apply(Number a, Number b, char op) {
        if (a instanceof Double || b instanceof Double) {
            return applyDouble(a.doubleValue(), b.doubleValue(), op);
        }
        if (Values.isInteger(a) && Values.isInteger(b)) {
            return applyInteger(big(a), big(b), op);
        }
        BigDecimal x = decimal(a);
        BigDecimal y = decimal(b);
        return switch (op) {
            case '+' -> x.add(y);
            case '-' -> x.subtract(y);
            case '*' -> x.multiply(y);
            case '/' -> y.signum() == 0 ? applyDouble(x.doubleValue(), 0.0, '/') : x.divide(y, QUOTIENT);
            default -> {
                if (y.signum() == 0) {
                    throw zeroDivision();
                }
                yield x.subtract(y.multiply(x.divide(y, 0, RoundingMode.FLOOR)));
            }
        };
    }

    /** Integers: exact, division and modulo floored as Ruby's are. */
    private static Number applyInteger(BigInteger x, BigInteger y, char op) {
        BigInteger result = switch (op) {
            case '+' -> x.add(y);
            case '-' -> x.subtract(y);
            case '*' -> x.multiply(y);
            default -> {
                if (y.signum() == 0) {
                    throw zeroDivision();
                }
                BigInteger[] qr = x.divideAndRemainder(y);
                boolean adjust = qr[1].signum() != 0 && qr[1].signum() != y.signum();
                yield op == '/' ? (adjust ? qr[0].subtract(BigInteger.ONE) : qr[0]) : (adjust ? qr[1].add(y) : qr[1]);
            }
        };
        return Numbers.integer(result);
    }

    /** Where an operand is NaN or infinite: IEEE arithmetic, except that a modulo by zero is still an error. */
    private static Double applyDouble(double x, double y, char op) {
        return switch (op) {
            case '+' -> x + y;
            case '-' -> x - y;
            case '*' -> x * y;
            case '/' -> x / y;
            default -> {
                if (y == 0) {
                    throw zeroDivision();
                }
                double r = x % y;
                yield r != 0 && (r < 0) != (y < 0) ? r + y : r;
            }
        };
    }

    private static Object abs(Number n) {
        if (n instanceof BigDecimal d) {
            return d.abs().doubleValue();
        }
        if (n instanceof Double d) {
            return Math.abs(d);
        }
        return Numbers.integer(big(n).abs());
    }

    /** {@code ceil} and {@code floor}: an integer; NaN and infinity cannot be one. */
    private static Object toInteger(Number n, RoundingMode mode) {
        if (n instanceof Double d) {
            throw floatDomain(d);
        }
        if (n instanceof BigDecimal d) {
            return Numbers.integer(d.setScale(0, mode).toBigIntegerExact());
        }
        return n;
    }

    /**
     * {@code round}: to an integer when the number of digits is zero or less (rounding tens, hundreds...),
     * else to a float with that many decimals; halves away from zero.
     */
    private static Object round(Object input, List<Object> args, Context context) {
        Number n = Numbers.toNumber(input);
        Number digitsNumber = Numbers.toNumber(arg(args, 0));
        long digits = digitsNumber instanceof Double ? 0 : decimal(digitsNumber).longValue();
        int places = (int) Math.max(-1000, Math.min(1000, digits));
        if (n instanceof Double d) {
            if (places > 0) {
                return d;
            }
            throw floatDomain(d);
        }
        if (Values.isInteger(n)) {
            if (places >= 0) {
                return n;
            }
            return Numbers.integer(new BigDecimal(big(n)).setScale(places, RoundingMode.HALF_UP).toBigInteger());
        }
        BigDecimal rounded = ((BigDecimal) n).setScale(places, RoundingMode.HALF_UP);
        if (places > 0 && rounded.signum() == 0 && (((BigDecimal) n).signum() < 0 || 1 / asDouble(input) < 0)) {
            return -0.0; // Ruby's BigDecimal keeps the sign: -0.04 | round: 1 is -0.0
        }
        return places > 0 ? (Object) rounded.doubleValue() : Numbers.integer(rounded.toBigInteger());
    }

    /** {@code at_least} (sign 1) and {@code at_most} (sign -1). */
    private static Object bound(Object input, Object limit, int sign) {
        Number value = Numbers.toNumber(input);
        Number bound = Numbers.toNumber(limit);
        Object chosen = Integer.signum(Numbers.compareNumbers(bound, value)) == sign ? limit : input;
        // A float comes back as it was given, -0.0 too, which Java's BigDecimal would make 0.0.
        return chosen instanceof Double ? chosen : Numbers.fromNumber(chosen == limit ? bound : value);
    }

    /** The items (or their property) added up as numbers. */
    private static Object sum(Object input, List<Object> args, Context context) {
        Object property = arg(args, 0);
        List<Object> values = new ArrayList<>();
        for (Object item : Items.of(input)) {
            if (property == null) {
                values.add(item);
            } else {
                Object value = Items.index(item, property);
                values.add(value == Items.NO_METHOD ? 0L : value);
            }
        }
        Number total = 0L;
        for (Object value : Items.of(values)) {
            total = apply(total, Numbers.toNumber(value), '+');
        }
        return Numbers.fromNumber(total);
    }

    private static BigInteger big(Number n) {
        return n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue());
    }

    private static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (n instanceof Double || n instanceof Float) {
            return new BigDecimal(Double.toString(n.doubleValue()));
        }
        return BigDecimal.valueOf(n.longValue());
    }

    private static LiquidException zeroDivision() {
        return new LiquidException(LiquidException.Kind.ZERO_DIVISION, "divided by 0");
    }

    /** Ruby's FloatDomainError for NaN and infinity where an integer is needed. */
    private static LiquidException floatDomain(double d) {
        String what = Double.isNaN(d) ? "'NaN' (Not a Number)" : d > 0 ? "'Infinity'" : "'-Infinity'";
        return new LiquidException(LiquidException.Kind.FLOAT_DOMAIN, "Computation results in " + what);
    }
}

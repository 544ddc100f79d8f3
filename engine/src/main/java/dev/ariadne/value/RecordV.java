package dev.ariadne.value;

/** A mutable record with a fixed set of named fields ({@code record(x=1, y=[])}). */
public final class RecordV extends Mutable {
    private final RecordShape shape;
    /** {@code fields[i]} is the value of {@code shape.name(i)}. */
    private Value[] fields;

    /** Takes ownership of {@code fields}, ordered as the shape's names. */
    public RecordV(RecordShape shape, Value[] fields, long stamp) {
        super(stamp);
        this.shape = shape;
        this.fields = fields;
    }

    public RecordShape shape() {
        return shape;
    }

    public Value field(int i) {
        return fields[i];
    }

    /** The value of a field, or {@code null} if the record has no such field. */
    public Value get(String name) {
        int i = shape.indexOf(name);
        return i >= 0 ? fields[i] : null;
    }

    public void set(int i, Value v, Trail t) {
        if (beforeReplace(fields[i], v, t)) {
            fields[i] = v;
        }
    }

    @Override
    protected void saveTo(Trail t) {
        t.save(this, fields, null, 0);
        fields = fields.clone();
    }

    @Override
    public void undo(Object a, Object b, int n) {
        fields = (Value[]) a;
    }

    @Override
    public int tag() {
        return Value.RECORD;
    }

    @Override
    public String typeName() {
        return "record";
    }
}

package dev.ariadne.spark.search;

import org.apache.spark.Partitioner;

/** Routes a chunk keyed by its owner partition's index to that partition. */
public final class OwnerPartitioner extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final int partitions;

    public OwnerPartitioner(int partitions) {
        this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
        return partitions;
    }

    @Override
    public int getPartition(Object key) {
        return (Integer) key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OwnerPartitioner p && p.partitions == partitions;
    }

    @Override
    public int hashCode() {
        return partitions;
    }
}

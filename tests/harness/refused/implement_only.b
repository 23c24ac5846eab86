implement ImplementOnly;

implement Slots;
include "slots.m";

Slot[T].new(n: int, nilval: T): ref Slot[T]
{
	return ref Slot[T](array[n] of T, nilval);
}

Slot[T].put(s: self ref Slot[T], i: int, x: T)
{
	s.vals[i] = x;
}

Slot[T].get(s: self ref Slot[T], i: int): T
{
	if(i < 0 || i >= len s.vals)
		return s.nilval;
	return s.vals[i];
}

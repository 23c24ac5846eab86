# a polymorphic adt from a library module (as Inferno's Tables is)
Slots: module
{
	PATH:	con "/dis/lib/slots.dis";

	Slot: adt[T] {
		vals:	array of T;
		nilval:	T;
		new:	fn(n: int, nilval: T): ref Slot[T];
		put:	fn(s: self ref Slot, i: int, x: T);
		get:	fn(s: self ref Slot, i: int): T;
	};
};

implement Sorts;

include "sys.m";
	sys: Sys;
include "draw.m";

Sorts: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Person: adt {
	name:	string;
	age:	int;
	city:	string;
};

ncmp := 0;

qsort(a: array of ref Person, less: ref fn(x, y: ref Person): int)
{
	if(len a < 2)
		return;
	p := a[len a/2];
	i := 0;
	j := len a - 1;
	while(i <= j){
		while(less(a[i], p)) i++;
		while(less(p, a[j])) j--;
		if(i <= j){
			(a[i], a[j]) = (a[j], a[i]);
			i++;
			j--;
		}
	}
	qsort(a[0:j+1], less);
	qsort(a[i:], less);
}

byname(x, y: ref Person): int
{
	ncmp++;
	return x.name < y.name;
}

byage(x, y: ref Person): int
{
	ncmp++;
	if(x.age != y.age)
		return x.age < y.age;
	return x.name < y.name;
}

bycity(x, y: ref Person): int
{
	ncmp++;
	if(x.city == y.city)
		return x.age > y.age;
	return x.city < y.city;
}

dump(title: string, a: array of ref Person)
{
	sys->print("-- %s (%d comparisons)\n", title, ncmp);
	for(i := 0; i < len a; i++)
		sys->print("   %-8s %3d  %s\n", a[i].name, a[i].age, a[i].city);
	ncmp = 0;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	raw := "ken 81 murray|rob 68 sydney|dmr 70 bronxville|bwk 82 toronto|" +
		"howard 62 ottawa|phil 60 london|jim 77 murray|doug 58 murray|lucent 30 london";
	(n, recs) := sys->tokenize(raw, "|");
	people := array[n] of ref Person;
	for(i := 0; recs != nil; recs = tl recs){
		(nil, f) := sys->tokenize(hd recs, " ");
		people[i++] = ref Person(hd f, int hd tl f, hd tl tl f);
	}
	orders := array[] of {
		("by name", byname),
		("by age", byage),
		("by city, oldest first", bycity),
	};
	for(k := 0; k < len orders; k++){
		(t, f) := orders[k];
		qsort(people, f);
		dump(t, people);
	}
	for(i = 1; i < len people; i++)
		if(bycity(people[i], people[i-1]))
			sys->print("not sorted at %d\n", i);
}

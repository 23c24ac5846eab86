implement ValidatorRaise;

include "sys.m";
	sys: Sys;
include "draw.m";

ValidatorRaise: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Record: adt {
	id:	int;
	name:	string;
	qty:	int;
	price:	int;
};

Verdict: adt {
	id:	int;
	ok:	int;
	why:	string;
};

records := array[] of {
	Record(1, "bolt", 100, 3),
	Record(2, "nut", 250, 1),
	Record(3, "", 5, 40),
	Record(4, "gear", -2, 90),
	Record(5, "spring", 12, 7),
	Record(6, "washer", 300, 0),
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	# three checkers, each with its own rule; every record goes to all of them
	rules := array[] of {"name", "qty", "price"};
	ins := array[len rules] of chan of Record;
	verdicts := chan of (int, Verdict);
	for(i := 0; i < len rules; i++){
		ins[i] = chan[len records] of Record;
		spawn checker(i, rules[i], ins[i], verdicts);
	}
	for(r := 0; r < len records; r++)
		for(i = 0; i < len rules; i++)
			ins[i] <-= records[r];
	for(i = 0; i < len rules; i++)
		ins[i] <-= Record(-1, nil, 0, 0);

	# table[record][rule]; filled in whatever order the verdicts come
	table := array[len records] of array of string;
	for(r = 0; r < len records; r++)
		table[r] = array[len rules] of string;
	for(k := 0; k < len records * len rules; k++){
		(rule, v) := <-verdicts;
		if(v.ok)
			table[v.id-1][rule] = "ok";
		else
			table[v.id-1][rule] = v.why;
	}
	bad := 0;
	value := 0;
	for(r = 0; r < len records; r++){
		s := "";
		good := 1;
		for(i = 0; i < len rules; i++){
			if(i < len rules - 1)
				s += sys->sprint(" %-8s", table[r][i]);
			else
				s += " " + table[r][i];
			if(table[r][i] != "ok")
				good = 0;
		}
		if(good)
			value += records[r].qty * records[r].price;
		else
			bad++;
		sys->print("record %d:%s\n", records[r].id, s);
	}
	sys->print("value of good records: %d\n", value);
	# every checker has sent its last verdict and returned; nothing else runs
	if(bad > 0)
		raise sys->sprint("validation failed: %d bad records", bad);
	sys->print("all good\n");
}

checker(rule: int, what: string, in: chan of Record, out: chan of (int, Verdict))
{
	for(;;){
		r := <-in;
		if(r.id < 0)
			return;
		v := Verdict(r.id, 1, nil);
		case what {
		"name" =>
			if(r.name == nil)
				v = Verdict(r.id, 0, "no name");
		"qty" =>
			if(r.qty <= 0)
				v = Verdict(r.id, 0, "bad qty");
		"price" =>
			if(r.price <= 0)
				v = Verdict(r.id, 0, "free?");
		}
		out <-= (rule, v);
	}
}

#args: alpha beta gamma alpha delta beta alpha
implement KVServer;

include "sys.m";
	sys: Sys;
include "draw.m";

KVServer: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Req: type (int, string, int, chan of (int, string));

OPGET, OPPUT, OPINC, OPDUMP, OPQUIT: con iota;

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	req := chan of Req;
	spawn server(req);

	reply := chan of (int, string);
	if(args != nil)
		args = tl args;
	for(; args != nil; args = tl args){
		w := hd args;
		req <-= (OPINC, w, 1, reply);
		(n, nil) := <-reply;
		sys->print("inc %-6s -> %d\n", w, n);
	}
	req <-= (OPPUT, "omega", 42, reply);
	(old, s) := <-reply;
	sys->print("put omega: old=%d (%s)\n", old, s);
	req <-= (OPGET, "alpha", 0, reply);
	(v, msg) := <-reply;
	sys->print("get alpha: %d %s\n", v, msg);
	req <-= (OPGET, "zeta", 0, reply);
	(v, msg) = <-reply;
	sys->print("get zeta: %d %s\n", v, msg);
	req <-= (OPDUMP, nil, 0, reply);
	(v, msg) = <-reply;
	sys->print("dump (%d keys): %s\n", v, msg);
	req <-= (OPQUIT, nil, 0, reply);
	(v, msg) = <-reply;
	sys->print("server said %s after %d requests\n", msg, v);
}

server(req: chan of Req)
{
	keys: list of string;
	vals: list of int;
	nreq := 0;
	for(;;){
		(op, key, val, rc) := <-req;
		nreq++;
		case op {
		OPGET =>
			(found, v) := lookup(keys, vals, key);
			if(found)
				rc <-= (v, "found");
			else
				rc <-= (-1, "missing");
		OPPUT or OPINC =>
			(found, v) := lookup(keys, vals, key);
			nv := val;
			if(op == OPINC && found)
				nv = v + val;
			if(found)
				vals = replace(keys, vals, key, nv);
			else{
				keys = key :: keys;
				vals = nv :: vals;
			}
			if(op == OPINC)
				rc <-= (nv, nil);
			else if(found)
				rc <-= (v, "replaced");
			else
				rc <-= (0, "new");
		OPDUMP =>
			s := "";
			n := 0;
			# print in insertion order: reverse the lists
			rk: list of string;
			rv: list of int;
			for((k, vl) := (keys, vals); k != nil; (k, vl) = (tl k, tl vl)){
				rk = hd k :: rk;
				rv = hd vl :: rv;
			}
			for(; rk != nil; (rk, rv) = (tl rk, tl rv)){
				if(n > 0)
					s += " ";
				s += sys->sprint("%s=%d", hd rk, hd rv);
				n++;
			}
			rc <-= (n, s);
		OPQUIT =>
			rc <-= (nreq, "bye");
			return;
		}
	}
}

lookup(keys: list of string, vals: list of int, key: string): (int, int)
{
	for(; keys != nil; (keys, vals) = (tl keys, tl vals))
		if(hd keys == key)
			return (1, hd vals);
	return (0, 0);
}

replace(keys: list of string, vals: list of int, key: string, nv: int): list of int
{
	if(keys == nil)
		return nil;
	if(hd keys == key)
		return nv :: tl vals;
	return hd vals :: replace(tl keys, tl vals, key, nv);
}

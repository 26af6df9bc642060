-- ShopDesk demo data (synthetic): everyday words shoppers use for products the catalogue names otherwise (保温杯 and
-- 水杯 for the insulated bottle, 热水壶 for the kettle, 被子 for the duvet, "thermos", "jumper", "tee"), as
-- knowledge-base/products/products.csv now has them in its tags.
UPDATE products SET tags = 'basics,cotton,短袖,tee' WHERE sku = 'APP-2003';
UPDATE products SET tags = 'knitwear,wool,winter,jumper' WHERE sku = 'APP-2005';
UPDATE products SET tags = 'charging,travel,移动电源' WHERE sku = 'ELE-3004';
UPDATE products SET tags = 'laptop,office,study,instalments,notebook computer,手提电脑' WHERE sku = 'ELE-3011';
UPDATE products SET tags = 'kitchen,cookware,平底锅,不粘锅' WHERE sku = 'HOM-4001';
UPDATE products SET tags = 'bedding,sleep,枕头' WHERE sku = 'HOM-4005';
UPDATE products SET tags = 'kitchen,appliance,热水壶,烧水壶,电热水壶' WHERE sku = 'HOM-4006';
UPDATE products SET tags = 'hydration,outdoor,保温杯,保温壶,保温瓶,水杯,杯子,thermos,flask' WHERE sku = 'SPO-5005';
UPDATE products SET tags = 'skincare,cleanser,洗面奶' WHERE sku = 'BEA-6004';
UPDATE products SET tags = 'hair_care,appliance,instalments,电吹风,hairdryer' WHERE sku = 'BEA-6006';
UPDATE products SET tags = 'school,backpack,rucksack' WHERE sku = 'KID-7004';
UPDATE products SET tags = 'books,reading,童书' WHERE sku = 'KID-7007';
UPDATE products SET tags = 'socks,running,accessory_of:shoes,袜子' WHERE sku = 'SHO-1029';
UPDATE products SET tags = 'running,sportswear,短袖,tee' WHERE sku = 'APP-2013';
UPDATE products SET tags = 'hat,winter,accessory_of:apparel,帽子' WHERE sku = 'APP-2021';
UPDATE products SET tags = 'knitwear,cashmere,instalments,jumper' WHERE sku = 'APP-2029';
UPDATE products SET tags = 'charging,cable,accessory_of:electronics,充电线' WHERE sku = 'ELE-3020';
UPDATE products SET tags = 'bedding,winter,instalments,被子' WHERE sku = 'HOM-4022';
UPDATE products SET tags = 'bedding,sleep,毯子' WHERE sku = 'HOM-4023';
UPDATE products SET tags = 'hiking,outdoor,backpack,双肩包,rucksack' WHERE sku = 'SPO-5026';
UPDATE products SET tags = 'skincare,men,洗面奶' WHERE sku = 'BEA-6027';
UPDATE products SET tags = 'kids,school,sippy cup,杯子' WHERE sku = 'KID-7021';
UPDATE products SET tags = 'books,reading,童书' WHERE sku = 'KID-7022';
